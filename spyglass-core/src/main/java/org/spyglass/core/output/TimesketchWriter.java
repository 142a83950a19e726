package org.spyglass.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.spyglass.core.json.Json;

/**
 * {@code timeline.jsonl}: one JSON object per line in Timesketch's JSONL import format. Each line holds Timesketch's
 * mandatory {@code message}, {@code datetime} (ISO 8601 with offset) and {@code timestamp_desc}, its optional
 * {@code timestamp} (microseconds since the epoch), the {@code module}, then the record's own fields; a record
 * field named like one of these is written with a {@code record_} prefix. Not thread-safe.
 */
public final class TimesketchWriter implements Closeable {
    /** The names the line itself uses; record fields with these names get the {@code record_} prefix. */
    static final Set<String> RESERVED = Set.of("message", "datetime", "timestamp_desc", "timestamp", "module");
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final AtomicFile file;
    private final JsonGenerator out;
    private boolean written;

    /** Starts {@code path} under a temporary name; {@link #close} gives it its name (see {@link AtomicFile}). */
    public TimesketchWriter(Path path) throws IOException {
        file = AtomicFile.create(path);
        out = Json.generator(new BufferedOutputStream(file.stream(), 1 << 16), false);
        out.setRootValueSeparator(new SerializedString("\n"));
    }

    /** Timesketch's {@code datetime}: ISO 8601 in UTC with microseconds and an explicit offset. */
    public static String datetime(Instant time) {
        return DATETIME.format(time);
    }

    /**
     * Writes one line. The record's JSON is copied token by token, without building a tree: its numbers and strings
     * come out as they went in.
     */
    public void write(TimelineEntry entry) throws IOException {
        out.writeStartObject();
        out.writeStringField("message", entry.description());
        out.writeStringField("datetime", datetime(entry.time()));
        out.writeStringField("timestamp_desc", entry.event());
        out.writeNumberField("timestamp", ChronoUnit.MICROS.between(Instant.EPOCH, entry.time()));
        out.writeStringField("module", entry.module());
        try (JsonParser record = Json.mapper().createParser(entry.record())) {
            JsonToken first = record.nextToken();
            if (first == JsonToken.START_OBJECT) {
                for (JsonToken token = record.nextToken(); token == JsonToken.FIELD_NAME; token = record.nextToken()) {
                    String name = record.currentName();
                    out.writeFieldName(RESERVED.contains(name) ? "record_" + name : name);
                    record.nextToken();
                    out.copyCurrentStructure(record);
                }
            } else {
                out.writeFieldName("record");
                if (first == null) {
                    out.writeNull();
                } else {
                    out.copyCurrentStructure(record);
                }
            }
        }
        out.writeEndObject();
        written = true;
    }

    @Override
    public void close() throws IOException {
        try (AtomicFile done = file) {
            try (JsonGenerator open = out) {
                if (written) {
                    open.writeRaw('\n');
                }
            }
            done.commit();
        }
    }
}
