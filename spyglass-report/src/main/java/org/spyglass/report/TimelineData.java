package org.spyglass.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.spyglass.core.output.ParallelGzipOutputStream;
import org.spyglass.core.time.Times;

/**
 * The timeline of the page: the rows of {@code timeline.csv} merged by time with the timed alerts, as gzip-compressed
 * lines of text that the page decompresses and reads as a stream (the browser's {@code DecompressionStream} and
 * {@code TextDecoderStream}), so that no single string holds the whole timeline. The data travels in base64, which
 * holds no character that can close a script element, whatever the evidence says. The lines, each ended by a line
 * feed, are:
 * <ul>
 * <li>{@value #HEADER}: the format and its version, first;</li>
 * <li>{@code =name}: the next name of the dictionary (numbered from 0), a module or an event kind, just before the
 *     first row that uses it;</li>
 * <li>a row: {@code delta TAB module TAB kind TAB level TAB description}, the delta being the row's time in
 *     microseconds since the epoch minus the previous row's (the first row's minus 0), module and kind indexes into the
 *     dictionary, level empty for an event, else the alert level's ordinal;</li>
 * <li>{@code end TAB count}: the number of rows, last, so that a cut stream is noticed.</li>
 * </ul>
 * Names and descriptions are their UTF-8 bytes escaped by {@link TimelineBytes}. Rows come one by one, from
 * {@code timeline.csv} ({@link #write}) or from the run's merge as UTF-8 bytes ({@link #event(long, int, byte[],
 * int, int, byte[], int, int, int, int)}); either way the same bytes come out, and memory does not grow with the
 * timeline. Not thread-safe.
 */
final class TimelineData implements Closeable {
    static final String ALERT_KIND = "alert";
    /** The first line of the data. */
    static final String HEADER = "spyglass-timeline\t1";
    /** One per core, at most 4: the lines are made on one thread, which 4 compressing threads outpace. */
    private static final int COMPRESSING_THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

    private final OutputStream gzip;
    private final TimelineBytes bytes;
    private final Map<String, Integer> dict = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Utf8Index utf8Names = new Utf8Index(this::index);
    private final Iterator<AlertView> pending;
    private AlertView alert;
    private int namesWritten;
    private long previous;
    private long count;

    /**
     * Starts the data.
     *
     * @param alerts the alerts that have a time, sorted by time
     * @param out    receives the compressed lines; closed by {@link #finish} and {@link #close}
     */
    TimelineData(List<AlertView> alerts, OutputStream out) throws IOException {
        this.gzip = new ParallelGzipOutputStream(out, Deflater.BEST_SPEED, COMPRESSING_THREADS);
        this.bytes = new TimelineBytes(this.gzip);
        this.pending = alerts.iterator();
        this.alert = pending.hasNext() ? pending.next() : null;
        bytes.ascii(HEADER);
        bytes.ascii('\n');
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
        row(micros, index(module), index(kind), -1);
        bytes.text(description);
        bytes.ascii('\n');
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
        if (Times.fixedWidthMvt(epochSecond)) {
            micros = epochSecond * 1_000_000L + nano / 1000;
        } else {
            try {
                micros = micros(Times.mvt(Instant.ofEpochSecond(epochSecond, nano)));
            } catch (DateTimeException badTime) {
                return;
            }
        }
        alertsUpTo(micros);
        int moduleIndex = utf8Names.index(module, moduleOffset, moduleLength);
        int kindIndex = utf8Names.index(text, kindOffset, kindLength);
        row(micros, moduleIndex, kindIndex, -1);
        if (descriptionLength <= CsvRows.MAX_FIELD) {
            // At most as many characters as bytes: the file gives these bytes back whole, as a string that
            // encodes to them again (the merge's text is String#getBytes's UTF-8).
            bytes.text(text, descriptionOffset, descriptionLength);
        } else {
            bytes.text(Utf8Index.cut(new String(text, descriptionOffset, descriptionLength,
                    StandardCharsets.UTF_8)));
        }
        bytes.ascii('\n');
    }

    /** Writes the alerts left and the count, and closes the data. */
    long finish() throws IOException {
        alertsUpTo(Long.MAX_VALUE);
        bytes.ascii("end\t");
        bytes.number(count);
        bytes.ascii('\n');
        bytes.drain();
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
            row(alert.micros(), index(alert.module()), index(ALERT_KIND), alert.levelIndex());
            bytes.text(alert.message());
            bytes.ascii('\n');
            alert = pending.hasNext() ? pending.next() : null;
        }
    }

    /** The dictionary lines of names not written yet, and the row up to its description. */
    private void row(long micros, int module, int kind, int level) throws IOException {
        while (namesWritten < names.size()) {
            bytes.ascii('=');
            bytes.text(names.get(namesWritten++));
            bytes.ascii('\n');
        }
        long delta = micros - previous;
        if (((micros ^ previous) & (micros ^ delta)) < 0) {
            bytes.ascii(BigInteger.valueOf(micros).subtract(BigInteger.valueOf(previous)).toString());
        } else {
            bytes.number(delta);
        }
        previous = micros;
        bytes.ascii('\t');
        bytes.number(module);
        bytes.ascii('\t');
        bytes.number(kind);
        bytes.ascii('\t');
        if (level >= 0) {
            bytes.number(level);
        }
        bytes.ascii('\t');
        count++;
    }

    private int index(String name) {
        Integer known = dict.get(name);
        if (known != null) {
            return known;
        }
        int index = names.size();
        dict.put(name, index);
        names.add(name);
        return index;
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
