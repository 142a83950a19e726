package org.spyglass.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.spyglass.core.text.ByteWords;

/**
 * The lines of the page's timeline data written straight into a byte buffer: ASCII punctuation, decimal numbers and
 * text as its UTF-8 bytes, copied as they are but for the four bytes that would break a tab-separated line, each
 * written as a backslash and a letter: {@code \\} for a backslash, {@code \t} for a tab, {@code \n} for a line feed and
 * {@code \r} for a carriage return. Any byte sequence is copied, valid UTF-8 or not. The caller places the tabs and
 * line ends. The buffer goes to the target when it fills and on {@link #drain}; the target is not closed here. Not
 * thread-safe.
 */
final class TimelineBytes {
    private static final int SIZE = 1 << 16;
    /** The bytes below this one that need an escape are the tab, the line feed and the carriage return. */
    private static final int CONTROL_BOUND = '\r' + 1;
    /** "00" to "99": the digits of a number are written two at a time. */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private final OutputStream target;
    private final byte[] buffer = new byte[SIZE];
    private int used;

    TimelineBytes(OutputStream target) {
        this.target = target;
    }

    /** One ASCII character. */
    void ascii(char c) throws IOException {
        room(1);
        buffer[used++] = (byte) c;
    }

    /** ASCII text as it is (names and punctuation the caller knows need no escape). */
    void ascii(String text) throws IOException {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[used++] = (byte) text.charAt(i);
        }
    }

    /** A number in decimal, with a minus sign when negative. */
    void number(long value) throws IOException {
        if (value == Long.MIN_VALUE) {
            ascii(Long.toString(value));
            return;
        }
        room(20);
        if (value < 0) {
            buffer[used++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long bound = 10; digits < 19 && value >= bound; bound *= 10) {
            digits++;
        }
        int at = used + digits;
        used = at;
        while (value >= 100_000_000L) {
            long rest = value / 100_000_000L;
            int low = (int) (value - rest * 100_000_000L);
            for (int i = 0; i < 4; i++) {
                int next = low / 100;
                at = pair(at, low - next * 100);
                low = next;
            }
            value = rest;
        }
        int small = (int) value;
        while (small >= 100) {
            int next = small / 100;
            at = pair(at, small - next * 100);
            small = next;
        }
        if (small >= 10) {
            pair(at, small);
        } else {
            buffer[at - 1] = (byte) ('0' + small);
        }
    }

    /** Writes the two digits of {@code value} (0 to 99) before {@code at}; returns where they start. */
    private int pair(int at, int value) {
        buffer[at - 1] = PAIRS[2 * value + 1];
        buffer[at - 2] = PAIRS[2 * value];
        return at - 2;
    }

    /** A text as its UTF-8 bytes ({@link String#getBytes}: a lone surrogate becomes {@code ?}), escaped. */
    void text(String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        text(utf8, 0, utf8.length);
    }

    /** Bytes copied as they are but for the four escaped ones. */
    void text(byte[] bytes, int offset, int length) throws IOException {
        int end = offset + length;
        for (int from = offset; from < end; ) {
            int special = nextEscaped(bytes, from, end);
            raw(bytes, from, special - from);
            if (special == end) {
                break;
            }
            room(2);
            buffer[used++] = '\\';
            buffer[used++] = escape(bytes[special]);
            from = special + 1;
        }
    }

    /** The letter that follows the backslash for a byte written escaped, or 0 for a byte written as it is. */
    static byte escape(byte b) {
        return switch (b) {
            case '\\' -> '\\';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\r' -> 'r';
            default -> 0;
        };
    }

    /**
     * The index of the first byte from {@code from} that is written escaped, or {@code end}; eight bytes at a time
     * while none of them is a backslash or below {@link #CONTROL_BOUND}.
     */
    private static int nextEscaped(byte[] bytes, int from, int end) {
        int at = from;
        while (true) {
            while (at + Long.BYTES <= end) {
                long word = ByteWords.at(bytes, at);
                if ((ByteWords.below(word, CONTROL_BOUND) | ByteWords.equal(word, (byte) '\\')) != 0) {
                    break;
                }
                at += Long.BYTES;
            }
            int stop = Math.min(end, at + Long.BYTES);
            for (; at < stop; at++) {
                if (escape(bytes[at]) != 0) {
                    return at;
                }
            }
            if (at == end) {
                return end;
            }
        }
    }

    /** Sends what the buffer holds to the target. */
    void drain() throws IOException {
        if (used > 0) {
            target.write(buffer, 0, used);
            used = 0;
        }
    }

    private void raw(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (used == buffer.length) {
                drain();
            }
            int now = Math.min(length, buffer.length - used);
            System.arraycopy(bytes, offset, buffer, used, now);
            used += now;
            offset += now;
            length -= now;
        }
    }

    private void room(int bytes) throws IOException {
        if (used + bytes > buffer.length) {
            drain();
        }
    }
}
