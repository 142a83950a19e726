package org.spyglass.ios.sysdiagnose.crash;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.text.TextLines;

/**
 * Reads each {@code .ips} report: the first line is a JSON header ({@code bug_type}, {@code name},
 * {@code timestamp}, …); the body, JSON since iOS 15 and text before, is scanned over its first
 * {@value #BODY_LINES} lines for the process name, path and id, so a large report is never held whole. Reports
 * without a JSON header are counted in one warning.
 */
final class IpsParser implements Parser<CrashReport> {
    static final int BODY_LINES = 400;
    private static final Pattern JSON_FIELD = Pattern.compile(
            "\\s*\"(procName|procPath|pid)\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|\\d{1,10}).*");
    private static final Pattern TEXT_PROCESS = Pattern.compile("Process:\\s+(.+?)\\s+\\[(\\d{1,10})].*");
    private static final Pattern TEXT_PATH = Pattern.compile("Path:\\s+(\\S.*)");
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss").optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .appendPattern(" xx").toFormatter(Locale.ROOT);

    @Override
    public void parse(ParseContext<CrashReport> context) {
        long unreadable = 0;
        String first = null;
        for (EvidenceFile file : context.files()) {
            if (context.cancelled()) {
                return;
            }
            try (InputStream in = context.source().open(file)) {
                CrashReport report = read(new TextLines(in), file.devicePath());
                if (report == null) {
                    unreadable++;
                    first = first == null ? file.devicePath() : first;
                } else {
                    context.emit(report);
                }
            } catch (IOException e) {
                context.warn(file.devicePath(), "report could not be read: " + e.getMessage());
            }
        }
        if (unreadable > 0) {
            context.warn(first, unreadable + " .ips report(s) have no JSON header line and were skipped, the first "
                    + "being this one");
        }
    }

    private static CrashReport read(TextLines text, String path) throws IOException {
        String first = text.next();
        JsonNode header;
        try {
            header = first == null ? null : Json.mapper().readTree(first);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (header == null || !header.isObject()) {
            return null;
        }
        Body body = new Body();
        for (String line = text.next(); line != null && text.number() <= BODY_LINES && !body.done();
             line = text.next()) {
            body.scan(line);
        }
        String name = text(header, "name");
        return new CrashReport(path, text(header, "bug_type"), name != null ? name : text(header, "app_name"),
                time(text(header, "timestamp")), text(header, "os_version"), text(header, "bundleID"),
                text(header, "incident_id"), body.procName, body.procPath, body.pid);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() || value.asText().isEmpty() ? null
                : value.asText();
    }

    private static Instant time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, TIMESTAMP).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The process facts found so far in the body. */
    private static final class Body {
        private String procName;
        private String procPath;
        private Long pid;

        boolean done() {
            return procName != null && procPath != null && pid != null;
        }

        void scan(String line) throws IOException {
            Matcher json = JSON_FIELD.matcher(line);
            if (json.matches()) {
                String value = json.group(2);
                switch (json.group(1)) {
                    case "procName" -> procName = procName != null ? procName : string(value);
                    case "procPath" -> procPath = procPath != null ? procPath : string(value);
                    default -> pid = pid != null || value.startsWith("\"") ? pid : Long.valueOf(value);
                }
                return;
            }
            Matcher process = TEXT_PROCESS.matcher(line);
            if (process.matches() && procName == null) {
                procName = process.group(1);
                pid = Long.valueOf(process.group(2));
                return;
            }
            Matcher path = TEXT_PATH.matcher(line);
            if (path.matches() && procPath == null) {
                procPath = path.group(1).strip();
            }
        }

        private static String string(String literal) throws IOException {
            try {
                return literal.startsWith("\"") ? Json.mapper().readValue(literal, String.class) : literal;
            } catch (JsonProcessingException e) {
                return null;
            }
        }
    }
}
