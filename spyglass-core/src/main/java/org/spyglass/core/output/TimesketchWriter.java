package org.spyglass.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.TimelineEvent;

/**
 * Lines of {@code timeline.jsonl}, one JSON object per line in Timesketch's JSONL import format. Each line holds
 * Timesketch's mandatory {@code message}, {@code datetime} (ISO 8601 with offset) and {@code timestamp_desc}, its
 * optional {@code timestamp} (microseconds since the epoch), the {@code module}, then the record's own fields; a
 * record field named like one of these is written with a {@code record_} prefix. One writer holds one module's lines
 * (a part that {@link RunOutputs#finish} joins with the others); the file is created with its first line. Not
 * thread-safe.
 */
public final class TimesketchWriter implements Closeable {
    /** The names the line itself uses; record fields with these names get the {@code record_} prefix. */
    static final Set<String> RESERVED = Set.of("message", "datetime", "timestamp_desc", "timestamp", "module");
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path path;
    private final Bytes line = new Bytes();
    private JsonGenerator header;
    private OutputStream out;

    /** Lines go to {@code path}, created with the first one. */
    public TimesketchWriter(Path path) {
        this.path = path;
    }

    /** Timesketch's {@code datetime}: ISO 8601 in UTC with microseconds and an explicit offset. */
    public static String datetime(Instant time) {
        return DATETIME.format(time);
    }

    /**
     * Writes the line of {@code event}, whose record is the compact JSON in {@code record[0, length)}. The record's
     * members are spliced in as they are, those named like a line field renamed; a record that is not an object is
     * copied token by token under {@code record}. Either way its numbers and strings come out as they went in.
     */
    public void write(TimelineEvent event, byte[] record, int length) throws IOException {
        line.reset();
        if (length >= 2 && record[0] == '{') {
            writeHeader(event);
            line.truncate(line.size() - 1);
            if (length > 2) {
                line.write(',');
            }
            TopLevelKeys.appendMembers(record, length, line);
        } else {
            writeCopied(event, record, length);
        }
        line.write('\n');
        if (out == null) {
            out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        }
        line.writeTo(out);
    }

    /** The line's own fields as a complete object; the caller replaces its closing brace. */
    private void writeHeader(TimelineEvent event) throws IOException {
        if (header == null) {
            header = Json.generator(line, false);
            header.setRootValueSeparator(null);
        }
        header.writeStartObject();
        writeFields(header, event);
        header.writeEndObject();
        header.flush();
    }

    private static void writeFields(JsonGenerator generator, TimelineEvent event) throws IOException {
        generator.writeStringField("message", event.description());
        generator.writeStringField("datetime", datetime(event.timestamp()));
        generator.writeStringField("timestamp_desc", event.event());
        generator.writeNumberField("timestamp", ChronoUnit.MICROS.between(Instant.EPOCH, event.timestamp()));
        generator.writeStringField("module", event.module());
    }

    private void writeCopied(TimelineEvent event, byte[] bytes, int length) throws IOException {
        try (JsonGenerator generator = Json.generator(line, false);
             JsonParser record = Json.mapper().createParser(bytes, 0, length)) {
            generator.writeStartObject();
            writeFields(generator, event);
            generator.writeFieldName("record");
            if (record.nextToken() == null) {
                generator.writeNull();
            } else {
                generator.copyCurrentStructure(record);
            }
            generator.writeEndObject();
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
