package org.spyglass.report;

import com.fasterxml.jackson.core.io.NumberOutput;
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

    /** A number in decimal, with a minus sign when negative (Jackson's digit writer). */
    void number(long value) throws IOException {
        room(20);
        used = NumberOutput.outputLong(value, buffer, used);
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
