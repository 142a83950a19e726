package org.spyglass.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.spyglass.core.output.ParallelGzipOutputStream;
import org.spyglass.core.time.Times;

/**
 * The timeline of the page: the rows of {@code timeline.csv} merged by time with the timed alerts, as gzip-compressed
 * JSON (the page decompresses it with the browser's {@code DecompressionStream}; it travels in base64, which holds no
 * character that can close a script element, whatever the evidence says). The JSON is
 * {@code {"rows":[[micros, module, kind, "description", level], …], "dict":[…], "count": n}} where module and kind
 * index {@code dict} and level is -1 for an event, else the alert level's ordinal. Rows come one by one, from
 * {@code timeline.csv} ({@link #write}) or from the run's merge as UTF-8 bytes ({@link #event(long, int, byte[],
 * int, int, byte[], int, int, int, int)}); either way the same bytes come out (written by {@link JsonBytes}), and
 * memory does not grow with the timeline. Not thread-safe.
 */
final class TimelineData implements Closeable {
    static final String ALERT_KIND = "alert";
    /** One per core, at most 4: the JSON is made on one thread, which 4 compressing threads outpace. */
    private static final int COMPRESSING_THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

    private final OutputStream gzip;
    private final JsonBytes json;
    private final Map<String, Integer> dict = new LinkedHashMap<>();
    private final Utf8Index names = new Utf8Index(this::index);
    private final Iterator<AlertView> pending;
    private AlertView alert;
    private long count;

    /**
     * Starts the data.
     *
     * @param alerts the alerts that have a time, sorted by time
     * @param out    receives the compressed JSON; closed by {@link #finish} and {@link #close}
     */
    TimelineData(List<AlertView> alerts, OutputStream out) throws IOException {
        this.gzip = new ParallelGzipOutputStream(out, Deflater.BEST_SPEED, COMPRESSING_THREADS);
        this.json = new JsonBytes(this.gzip);
        this.pending = alerts.iterator();
        this.alert = pending.hasNext() ? pending.next() : null;
        json.ascii("{\"rows\":[");
    }

    /**
     * Writes the page's timeline data, base64 text, from {@code timeline.csv}.
     *
     * @param timelineCsv the timeline, sorted by time as {@code timeline.csv} is, or null when there is none
     * @param alerts      the alerts that have a time, sorted by time
     * @param out         receives the base64 text
     * @return the number of rows written
     */
    static long write(Reader timelineCsv, List<AlertView> alerts, Writer out) throws IOException {
        try (TimelineData data = new TimelineData(alerts, Base64.getEncoder().wrap(new AsciiOutput(out)))) {
            if (timelineCsv != null) {
                CsvRows csv = new CsvRows(timelineCsv);
                csv.next();
                for (List<String> row = csv.next(); row != null; row = csv.next()) {
                    if (row.size() >= 4 && !row.get(0).isEmpty()) {
                        long micros;
                        try {
                            micros = micros(row.get(0));
                        } catch (DateTimeException badTime) {
                            continue;
                        }
                        data.event(micros, row.get(1), row.get(2), row.get(3));
                    }
                }
            }
            return data.finish();
        }
    }

    /** An event as {@code timeline.csv} gives it back (fields cut at {@link CsvRows#MAX_FIELD}). */
    void event(long micros, String module, String kind, String description) throws IOException {
        alertsUpTo(micros);
        row(micros, index(module), index(kind));
        json.string(description);
        endRow(-1);
    }

    /**
     * An event as the run's merge gives it: the time in epoch seconds and nanoseconds, the module name in
     * {@code module}, the kind and the description in {@code text}, in UTF-8 as
     * {@code timeline.csv} holds them; written as {@link #event(long, String, String, String)} writes what the file
     * reads back as. An event whose time MVT's rendering cannot read back is left out, as from the file.
     */
    void event(long epochSecond, int nano, byte[] module, int moduleOffset, int moduleLength, byte[] text,
               int kindOffset, int kindLength, int descriptionOffset, int descriptionLength) throws IOException {
        long micros;
        boolean fixedWidth = Times.fixedWidthMvt(epochSecond);
        if (fixedWidth) {
            micros = epochSecond * 1_000_000L + nano / 1000;
        } else {
            try {
                micros = micros(Times.mvt(Instant.ofEpochSecond(epochSecond, nano)));
            } catch (DateTimeException badTime) {
                return;
            }
        }
        alertsUpTo(micros);
        int moduleIndex = names.index(module, moduleOffset, moduleLength);
        int kindIndex = names.index(text, kindOffset, kindLength);
        startRow();
        if (fixedWidth) {
            json.micros(epochSecond, nano / 1000);
        } else {
            json.number(micros);
        }
        rowNames(moduleIndex, kindIndex);
        if (Utf8Index.plainUtf8(text, descriptionOffset, descriptionLength)) {
            json.utf8String(text, descriptionOffset, descriptionLength);
        } else {
            json.string(Utf8Index.cut(new String(text, descriptionOffset, descriptionLength,
                    StandardCharsets.UTF_8)));
        }
        endRow(-1);
    }

    /** Writes the alerts left, the dictionary and the count, and closes the data. */
    long finish() throws IOException {
        alertsUpTo(Long.MAX_VALUE);
        json.ascii("],\"dict\":[");
        boolean first = true;
        for (String name : dict.keySet()) {
            if (!first) {
                json.ascii(',');
            }
            first = false;
            json.string(name);
        }
        json.ascii("],\"count\":");
        json.number(count);
        json.ascii('}');
        json.drain();
        gzip.close();
        return count;
    }

    /** Closes the streams (after {@link #finish}, or to give up). */
    @Override
    public void close() throws IOException {
        gzip.close();
    }

    private void alertsUpTo(long micros) throws IOException {
        while (alert != null && alert.micros() <= micros) {
            row(alert.micros(), index(alert.module()), index(ALERT_KIND));
            json.string(alert.message());
            endRow(alert.levelIndex());
            alert = pending.hasNext() ? pending.next() : null;
        }
    }

    private void row(long micros, int module, int kind) throws IOException {
        startRow();
        json.number(micros);
        rowNames(module, kind);
    }

    private void startRow() throws IOException {
        if (count > 0) {
            json.ascii(',');
        }
        json.ascii('[');
    }

    private void rowNames(int module, int kind) throws IOException {
        json.ascii(',');
        json.number(module);
        json.ascii(',');
        json.number(kind);
        json.ascii(',');
    }

    private void endRow(int level) throws IOException {
        json.ascii(',');
        json.number(level);
        json.ascii("]\n");
        count++;
    }

    private int index(String name) {
        return dict.computeIfAbsent(name, k -> dict.size());
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
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
        } catch (ArithmeticException tooFar) {
            throw new DateTimeException("too far from 1970 for the timeline: " + mvtTime, tooFar);
        }
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

    /** Bytes known to be ASCII (base64) written as characters; closing it leaves the writer open. */
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
