package org.spyglass.ios.versionhistory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;

/**
 * Reads the first line of each analyticsd journal ({@code Analytics-Journal-*.ips}), a JSON header with the time
 * the journal was opened ({@code 2021-07-14 04:15:26.00 +0200}: local time with its offset) and the iOS version.
 * Only the first {@value #MAX_LINE} bytes are read: the rest of a journal is never needed.
 */
final class IosVersionHistoryParser implements Parser<IosVersionRecord> {
    static final int MAX_LINE = 64 * 1024;
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .appendPattern(" xx").toFormatter(Locale.ROOT);

    @Override
    public void parse(ParseContext<IosVersionRecord> context) {
        for (EvidenceFile file : context.files()) {
            if (context.cancelled()) {
                return;
            }
            String line;
            try (InputStream in = context.source().open(file)) {
                line = firstLine(in);
            } catch (IOException e) {
                context.warn(file.devicePath(), "the journal could not be read: " + e.getMessage());
                continue;
            }
            read(file, line, context);
        }
    }

    private static void read(EvidenceFile file, String line, ParseContext<IosVersionRecord> context) {
        String location = file.devicePath();
        JsonNode header;
        try {
            header = Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            context.warn(location, "the first line is not JSON, so the journal's version is unknown: "
                    + e.getOriginalMessage());
            return;
        }
        String timestamp = header == null ? null : header.path("timestamp").asText(null);
        String version = header == null ? null : header.path("os_version").asText(null);
        if (timestamp == null || version == null) {
            context.absent(location, "the journal's header has no timestamp or os_version");
            return;
        }
        try {
            context.emit(new IosVersionRecord(OffsetDateTime.parse(timestamp, TIMESTAMP).toInstant(), version,
                    location));
        } catch (DateTimeParseException e) {
            context.warn(location, "the header's timestamp \"" + timestamp + "\" is not a date, so the version "
                    + version + " has no time");
        }
    }

    /** The bytes before the first line break, at most {@link #MAX_LINE}, as UTF-8. */
    static String firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n' && line.size() < MAX_LINE; b = in.read()) {
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8).strip();
    }
}
