package org.spyglass.core.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.spyglass.core.text.ByteWords;
import org.spyglass.core.text.Latin1Copier;

/**
 * Rows of {@code timeline.csv} kept as bytes for {@link TimelineSpool}: the times and the module numbers in primitive
 * arrays, the event kinds and descriptions as UTF-8 in one array, so that a buffer of a hundred thousand rows is a
 * handful of objects for the collector. Sorted by a natural merge sort, which takes the runs that are already in
 * order (a module's rows mostly come by time) as they are. Not thread-safe: one thread fills, sorts and empties it.
 */
final class TimelineBuffer {
    /** Bytes of text a buffer holds before it counts as full, whatever its row count. */
    static final int MAX_TEXT = 32 << 20;
    private static final int INITIAL_ROWS = 1024;
    private static final int INITIAL_TEXT = 1 << 16;
    /** Strings at least this long are copied in bulk rather than character by character. */
    private static final int BULK_FROM = 16;

    private final int capacity;
    private long[] seconds;
    private int[] nanos;
    private int[] modules;
    private int[] starts;
    private int[] eventLengths;
    private int[] descriptionLengths;
    private byte[] text = new byte[INITIAL_TEXT];
    private int textUsed;
    private int size;
    private int[] order = new int[0];
    private int[] scratch = new int[0];
    private int[] runEnds = new int[0];
    private byte[][] names;
    private Latin1Copier copier;

    /** @param capacity rows before the buffer is full (at least 1) */
    TimelineBuffer(int capacity) {
        this.capacity = capacity;
        int rows = Math.min(capacity, INITIAL_ROWS);
        seconds = new long[rows];
        nanos = new int[rows];
        modules = new int[rows];
        starts = new int[rows];
        eventLengths = new int[rows];
        descriptionLengths = new int[rows];
    }

    /** Adds a row; true when the buffer is now full. */
    boolean add(long second, int nano, int module, String event, String description) {
        if (size == seconds.length) {
            growRows();
        }
        seconds[size] = second;
        nanos[size] = nano;
        modules[size] = module;
        starts[size] = textUsed;
        eventLengths[size] = put(event);
        descriptionLengths[size] = put(description);
        size++;
        return size >= capacity || textUsed >= MAX_TEXT;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Forgets every row; the arrays are kept for the next ones. */
    void clear() {
        size = 0;
        textUsed = 0;
    }

    /**
     * Sorts the rows by time, then module name, then event kind, then description (the text fields' UTF-8 bytes
     * compared unsigned); {@link #row} then gives them in that order.
     *
     * @param moduleNames the UTF-8 names of the module numbers
     */
    void sort(byte[][] moduleNames) {
        names = moduleNames;
        if (order.length < size) {
            order = new int[size];
            scratch = new int[size];
            runEnds = new int[size];
        }
        int[] from = order;
        int runs = 0;
        for (int start = 0; start < size; ) {
            int end = start + 1;
            if (end < size && compare(end - 1, end) > 0) {
                while (end < size && compare(end - 1, end) > 0) {
                    end++;
                }
                for (int i = start, j = end - 1; i < end; i++, j--) {
                    from[i] = j;
                }
            } else {
                while (end < size && compare(end - 1, end) <= 0) {
                    end++;
                }
                for (int i = start; i < end; i++) {
                    from[i] = i;
                }
            }
            runEnds[runs++] = end;
            start = end;
        }
        int[] to = scratch;
        while (runs > 1) {
            int merged = 0;
            int start = 0;
            for (int r = 0; r < runs; r += 2) {
                int middle = runEnds[r];
                int end = r + 1 < runs ? runEnds[r + 1] : middle;
                merge(from, to, start, middle, end);
                runEnds[merged++] = end;
                start = end;
            }
            runs = merged;
            int[] swap = from;
            from = to;
            to = swap;
        }
        order = from;
        scratch = to;
    }

    /** The index of the row at {@code position} of the sorted order. */
    int row(int position) {
        return order[position];
    }

    /** Whether the rows {@code a} and {@code b} are identical (after {@link #sort}). */
    boolean same(int a, int b) {
        return compare(a, b) == 0;
    }

    long second(int row) {
        return seconds[row];
    }

    int nano(int row) {
        return nanos[row];
    }

    int module(int row) {
        return modules[row];
    }

    byte[] text() {
        return text;
    }

    int eventOffset(int row) {
        return starts[row];
    }

    int eventLength(int row) {
        return eventLengths[row];
    }

    int descriptionOffset(int row) {
        return starts[row] + eventLengths[row];
    }

    int descriptionLength(int row) {
        return descriptionLengths[row];
    }

    private void merge(int[] from, int[] to, int start, int middle, int end) {
        if (middle == end || compare(from[middle - 1], from[middle]) <= 0) {
            System.arraycopy(from, start, to, start, end - start);
            return;
        }
        int left = start;
        int right = middle;
        for (int at = start; at < end; at++) {
            if (right == end || left < middle && compare(from[left], from[right]) <= 0) {
                to[at] = from[left++];
            } else {
                to[at] = from[right++];
            }
        }
    }

    private int compare(int a, int b) {
        int order = Long.compare(seconds[a], seconds[b]);
        if (order != 0) {
            return order;
        }
        order = Integer.compare(nanos[a], nanos[b]);
        if (order != 0) {
            return order;
        }
        if (modules[a] != modules[b]) {
            return Arrays.compareUnsigned(names[modules[a]], names[modules[b]]);
        }
        int startA = starts[a];
        int startB = starts[b];
        int eventA = startA + eventLengths[a];
        int eventB = startB + eventLengths[b];
        order = Arrays.compareUnsigned(text, startA, eventA, text, startB, eventB);
        if (order != 0) {
            return order;
        }
        return Arrays.compareUnsigned(text, eventA, eventA + descriptionLengths[a], text, eventB,
                eventB + descriptionLengths[b]);
    }

    /**
     * Appends {@code value} as UTF-8 (as {@link String#getBytes} encodes it) and returns its length in bytes. Plain
     * ASCII, nearly every description, is copied as it is: in bulk ({@link Latin1Copier}, then checked eight bytes at
     * a time) for longer strings, character by character for short ones.
     */
    private int put(String value) {
        int length = value.length();
        room(length);
        boolean ascii = length >= BULK_FROM ? bulkAscii(value, length) : charsAscii(value, length);
        if (ascii) {
            textUsed += length;
            return length;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        room(utf8.length);
        System.arraycopy(utf8, 0, text, textUsed, utf8.length);
        textUsed += utf8.length;
        return utf8.length;
    }

    /** Copies {@code value} from {@link #textUsed} when it is plain ASCII; false (the copy partial) when not. */
    private boolean charsAscii(String value, int length) {
        int at = textUsed;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            text[at++] = (byte) c;
        }
        return true;
    }

    private boolean bulkAscii(String value, int length) {
        if (copier == null) {
            copier = new Latin1Copier();
        }
        for (int done = 0; done < length; ) {
            int chunk = Math.min(length - done, Latin1Copier.CHUNK);
            int at = textUsed + done;
            if (copier.copy(value, done, done + chunk, text, at) < chunk || !ascii(text, at, at + chunk)) {
                return false;
            }
            done += chunk;
        }
        return true;
    }

    private static boolean ascii(byte[] bytes, int from, int to) {
        int at = from;
        for (; at + Long.BYTES <= to; at += Long.BYTES) {
            if (ByteWords.nonAscii(ByteWords.at(bytes, at)) != 0) {
                return false;
            }
        }
        for (; at < to; at++) {
            if (bytes[at] < 0) {
                return false;
            }
        }
        return true;
    }

    private void room(int bytes) {
        long needed = (long) textUsed + bytes;
        if (needed > text.length) {
            if (needed > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("a timeline buffer cannot hold " + needed + " bytes");
            }
            text = Arrays.copyOf(text, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(needed, 2L * text.length)));
        }
    }

    private void growRows() {
        int rows = (int) Math.min(capacity, 2L * seconds.length);
        seconds = Arrays.copyOf(seconds, rows);
        nanos = Arrays.copyOf(nanos, rows);
        modules = Arrays.copyOf(modules, rows);
        starts = Arrays.copyOf(starts, rows);
        eventLengths = Arrays.copyOf(eventLengths, rows);
        descriptionLengths = Arrays.copyOf(descriptionLengths, rows);
    }
}
