package org.spyglass.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.spyglass.core.output.HandOffOutputStream;
import org.spyglass.core.time.Times;

/**
 * Streams the timeline into the page: {@code timeline.csv} merged by time with the timed alerts, as gzip-compressed
 * JSON in base64 (the page decompresses it with the browser's {@code DecompressionStream}). Base64 holds no character
 * that can close a script element, whatever the evidence says. The JSON is
 * {@code {"rows":[[micros, module, kind, "description", level], …], "dict":[…], "count": n}} where module and kind
 * index {@code dict} and level is -1 for an event, else the alert level's ordinal. Memory does not grow with the
 * timeline: rows go from the CSV reader to the compressor one by one.
 */
final class TimelineData {
    static final String ALERT_KIND = "alert";

    private TimelineData() {
    }

    /**
     * @param timelineCsv the timeline, sorted by time as {@code timeline.csv} is, or null when there is none
     * @param alerts      the alerts that have a time, sorted by time
     * @param out         receives the base64 text
     * @return the number of rows written
     */
    static long write(Reader timelineCsv, List<AlertView> alerts, Writer out) throws IOException {
        Map<String, Integer> dict = new LinkedHashMap<>();
        long count = 0;
        OutputStream base64 = Base64.getEncoder().wrap(new AsciiOutput(out));
        try (GZIPOutputStream gzip = new FastGzip(base64);
             JsonGenerator json = new JsonFactory().createGenerator(
                     new HandOffOutputStream(gzip, "spyglass-report-compression"), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeArrayFieldStart("rows");
            CsvRows csv = timelineCsv == null ? null : new CsvRows(timelineCsv);
            if (csv != null) {
                csv.next();
            }
            Event event = csv == null ? null : nextEvent(csv);
            Iterator<AlertView> pending = alerts.iterator();
            AlertView alert = pending.hasNext() ? pending.next() : null;
            while (event != null || alert != null) {
                if (alert != null && (event == null || alert.micros() <= event.micros())) {
                    row(json, dict, alert.micros(), alert.module(), ALERT_KIND, alert.message(), alert.levelIndex());
                    alert = pending.hasNext() ? pending.next() : null;
                } else {
                    row(json, dict, event.micros(), event.module(), event.kind(), event.description(), -1);
                    event = nextEvent(csv);
                }
                count++;
            }
            json.writeEndArray();
            json.writeArrayFieldStart("dict");
            for (String name : dict.keySet()) {
                json.writeString(name);
            }
            json.writeEndArray();
            json.writeNumberField("count", count);
            json.writeEndObject();
        }
        return count;
    }

    private record Event(long micros, String module, String kind, String description) {
    }

    /** The next well-formed row; a row without four fields or a readable time is left out. */
    private static Event nextEvent(CsvRows csv) throws IOException {
        for (List<String> row = csv.next(); row != null; row = csv.next()) {
            if (row.size() >= 4 && !row.get(0).isEmpty()) {
                try {
                    return new Event(micros(row.get(0)), row.get(1), row.get(2), row.get(3));
                } catch (DateTimeException badTime) {
                    continue;
                }
            }
        }
        return null;
    }

    private static void row(JsonGenerator json, Map<String, Integer> dict, long micros, String module, String kind,
                            String text, int level) throws IOException {
        json.writeStartArray();
        json.writeNumber(micros);
        json.writeNumber(dict.computeIfAbsent(module, k -> dict.size()));
        json.writeNumber(dict.computeIfAbsent(kind, k -> dict.size()));
        json.writeString(text);
        json.writeNumber(level);
        json.writeEndArray();
        json.writeRaw('\n');
    }

    /**
     * Microseconds since the epoch of an MVT time ({@code 2024-03-02 10:15:30.000000}); the common exact shape is
     * read by hand (a million rows pay no formatter), anything else goes through {@link Times#parseMvt}.
     *
     * @throws DateTimeException when the text is not an MVT time
     */
    static long micros(String mvtTime) {
        if (mvtTime.length() == 26 && mvtTime.charAt(4) == '-' && mvtTime.charAt(7) == '-'
                && mvtTime.charAt(10) == ' ' && mvtTime.charAt(13) == ':' && mvtTime.charAt(16) == ':'
                && mvtTime.charAt(19) == '.') {
            try {
                long day = LocalDate.of(digits(mvtTime, 0, 4), digits(mvtTime, 5, 7), digits(mvtTime, 8, 10))
                        .toEpochDay();
                int hour = digits(mvtTime, 11, 13);
                int minute = digits(mvtTime, 14, 16);
                int second = digits(mvtTime, 17, 19);
                if (hour < 24 && minute < 60 && second < 60) {
                    return ((day * 24 + hour) * 60 + minute) * 60_000_000L + second * 1_000_000L
                            + digits(mvtTime, 20, 26);
                }
            } catch (NumberFormatException notDigits) {
                // Falls through to the formatter, which names the problem.
            }
        }
        Instant instant = Times.parseMvt(mvtTime);
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Fast compression: a million-event timeline is written in seconds, still about ten times smaller. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    /** Bytes known to be ASCII (base64) written as characters. */
    private static final class AsciiOutput extends OutputStream {
        private final Writer out;

        AsciiOutput(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = (char) bytes[offset + i];
            }
            out.write(chars);
        }

        @Override
        public void close() {
            // The page writer owns the underlying writer and keeps writing after the data.
        }
    }
}
