package org.spyglass.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.spyglass.core.text.ByteWords;

/**
 * Compact JSON written straight into a byte buffer as UTF-8, byte for byte as Jackson's default generator writes
 * the same values: {@code "} and {@code \} escaped with a backslash, the control characters below U+0020 as
 * {@code \b \t \n \f \r} or as a backslash, {@code u} and four upper-case hex digits; every other character as its
 * UTF-8 bytes but the surrogates, each written as such a six-character escape (Jackson writes a character above
 * U+FFFF as its two escaped halves). The caller places the commas and brackets. The buffer goes to the target when
 * it fills and on {@link #drain}; the target is not closed here. Not thread-safe.
 */
final class JsonBytes {
    private static final int SIZE = 1 << 16;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** For each ASCII byte: 0 when written as is, the letter of its short escape, or 'u' for the long escape. */
    private static final byte[] ESCAPES = new byte[128];
    /** "00" to "99": the digits of a number are written two at a time. */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private final OutputStream target;
    private final byte[] buffer = new byte[SIZE];
    private int used;

    JsonBytes(OutputStream target) {
        this.target = target;
    }

    /** One ASCII character. */
    void ascii(char c) throws IOException {
        room(1);
        buffer[used++] = (byte) c;
    }

    /** ASCII text as it is, unquoted (names and punctuation the caller knows need no escape). */
    void ascii(String text) throws IOException {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[used++] = (byte) text.charAt(i);
        }
    }

    /** A number in decimal. */
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

    /**
     * The number {@code seconds * 1,000,000 + micros} ({@code micros} from 0 to 999,999), as {@link #number} writes
     * it; for the times of the last century and the next few years without a division of a long.
     */
    void micros(long seconds, int micros) throws IOException {
        if (seconds <= 0 || seconds > Integer.MAX_VALUE) {
            number(seconds * 1_000_000L + micros);
            return;
        }
        int high = (int) seconds;
        int digits = 1;
        for (int bound = 10; digits < 10 && high >= bound; bound *= 10) {
            digits++;
        }
        room(digits + 6);
        int at = used + digits + 6;
        used = at;
        for (int i = 0; i < 3; i++) {
            int next = micros / 100;
            at = pair(at, micros - next * 100);
            micros = next;
        }
        while (high >= 100) {
            int next = high / 100;
            at = pair(at, high - next * 100);
            high = next;
        }
        if (high >= 10) {
            pair(at, high);
        } else {
            buffer[at - 1] = (byte) ('0' + high);
        }
    }

    /** Writes the two digits of {@code value} (0 to 99) before {@code at}; returns where they start. */
    private int pair(int at, int value) {
        buffer[at - 1] = PAIRS[2 * value + 1];
        buffer[at - 2] = PAIRS[2 * value];
        return at - 2;
    }

    /** A quoted string. */
    void string(String text) throws IOException {
        ascii('"');
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            room(6);
            if (c < 0x80) {
                asciiByte(c);
            } else if (c < 0x800) {
                buffer[used++] = (byte) (0xC0 | c >> 6);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                unicodeEscape(c);
            } else {
                buffer[used++] = (byte) (0xE0 | c >> 12);
                buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            }
        }
        ascii('"');
    }

    /**
     * A quoted string from its UTF-8 bytes, which are written as they are but for the ASCII escapes (as Jackson's
     * {@code writeUTF8String}); the same bytes as {@link #string} for UTF-8 without a character above U+FFFF.
     */
    void utf8String(byte[] utf8, int offset, int length) throws IOException {
        ascii('"');
        int end = offset + length;
        for (int from = offset; from < end; ) {
            int special = nextEscaped(utf8, from, end);
            raw(utf8, from, special - from);
            if (special == end) {
                break;
            }
            room(6);
            asciiByte(utf8[special]);
            from = special + 1;
        }
        ascii('"');
    }

    /**
     * The index of the first byte from {@code from} that is written escaped, or {@code end}; eight bytes at a time
     * while none of them is below 0x20, a quote or a backslash.
     */
    private static int nextEscaped(byte[] bytes, int from, int end) {
        int at = from;
        while (at + Long.BYTES <= end) {
            long word = ByteWords.at(bytes, at);
            if ((ByteWords.below(word, 0x20) | ByteWords.equal(word, (byte) '"')
                    | ByteWords.equal(word, (byte) '\\')) != 0) {
                break;
            }
            at += Long.BYTES;
        }
        for (; at < end; at++) {
            byte b = bytes[at];
            if (b >= 0 && ESCAPES[b] != 0) {
                return at;
            }
        }
        return end;
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

    /** An ASCII character, escaped when it must be; the caller made room for 6 bytes. */
    private void asciiByte(int c) {
        byte escape = ESCAPES[c];
        if (escape == 0) {
            buffer[used++] = (byte) c;
        } else if (escape == 'u') {
            unicodeEscape(c);
        } else {
            buffer[used++] = '\\';
            buffer[used++] = escape;
        }
    }

    private void unicodeEscape(int c) {
        buffer[used++] = '\\';
        buffer[used++] = 'u';
        buffer[used++] = HEX[c >> 12 & 0xF];
        buffer[used++] = HEX[c >> 8 & 0xF];
        buffer[used++] = HEX[c >> 4 & 0xF];
        buffer[used++] = HEX[c & 0xF];
    }

    private void room(int bytes) throws IOException {
        if (used + bytes > buffer.length) {
            drain();
        }
    }
}
