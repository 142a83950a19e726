package org.spyglass.core.json;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.spyglass.core.time.Times;

/**
 * Compact JSON values written straight into a growable byte array as UTF-8, byte for byte as the generator of
 * {@link Json#mapper()} writes them: {@code "} and {@code \} escaped with a backslash, the control characters below
 * U+0020 as {@code \b \t \n \f \r} or as {@code \}{@code u} and four upper-case hex digits, each surrogate (paired or
 * not) as such a six-character escape, every other character as its UTF-8 bytes; numbers as Jackson writes them (a
 * double that is not finite as a quoted string); {@code byte[]} in Jackson's default base64. The caller places the
 * commas, colons and brackets. Reused from one value to the next; not thread-safe.
 */
public final class JsonBuffer {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = bytes("null");
    private static final byte[] TRUE = bytes("true");
    private static final byte[] FALSE = bytes("false");
    /** For each ASCII character: 0 when written as is, the letter of its short escape, or 'u' for the long escape. */
    private static final byte[] ESCAPES = new byte[128];

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
    }

    private final char[] time = new char[Times.MVT_LENGTH];
    private byte[] bytes;
    private int size;

    public JsonBuffer() {
        bytes = new byte[1024];
    }

    /** The backing array; its first {@link #size()} bytes are the content. */
    public byte[] array() {
        return bytes;
    }

    public int size() {
        return size;
    }

    /** Empties the buffer (keeping its array). */
    public void reset() {
        size = 0;
    }

    /** Drops the content from {@code length} on. */
    public void truncate(int length) {
        if (length < 0 || length > size) {
            throw new IllegalArgumentException("length " + length + " outside 0.." + size);
        }
        size = length;
    }

    /** One byte as it is: punctuation. */
    public void raw(byte b) {
        room(1);
        bytes[size++] = b;
    }

    /** Bytes as they are: punctuation, or names and values rendered before. */
    public void raw(byte[] text) {
        room(text.length);
        System.arraycopy(text, 0, bytes, size, text.length);
        size += text.length;
    }

    public void nullValue() {
        raw(NULL);
    }

    public void bool(boolean value) {
        raw(value ? TRUE : FALSE);
    }

    public void number(long value) {
        room(20);
        size = NumberOutput.outputLong(value, bytes, size);
    }

    public void number(int value) {
        room(11);
        size = NumberOutput.outputInt(value, bytes, size);
    }

    /** A double as Jackson's {@code writeNumber(double)}: NaN and the infinities quoted. */
    public void number(double value) {
        String text = NumberOutput.toString(value, false);
        if (NumberOutput.notFinite(value)) {
            string(text);
        } else {
            ascii(text);
        }
    }

    /** A float as Jackson's {@code writeNumber(float)}: NaN and the infinities quoted. */
    public void number(float value) {
        String text = NumberOutput.toString(value, false);
        if (NumberOutput.notFinite(value)) {
            string(text);
        } else {
            ascii(text);
        }
    }

    /** A time as MVT renders it ({@link Times#mvt}), quoted. */
    public void time(Instant value) {
        if (!Times.mvt(value, time)) {
            string(Times.mvt(value));
            return;
        }
        room(Times.MVT_LENGTH + 2);
        byte[] out = bytes;
        int at = size;
        out[at++] = '"';
        for (char c : time) {
            out[at++] = (byte) c;
        }
        out[at++] = '"';
        size = at;
    }

    /** Bytes in base64 (the standard alphabet, padded, one line), quoted. */
    public void binary(byte[] data) {
        int length = data.length;
        room((length + 2) / 3 * 4 + 2);
        byte[] out = bytes;
        int at = size;
        out[at++] = '"';
        int i = 0;
        for (int whole = length - length % 3; i < whole; i += 3) {
            int bits = (data[i] & 0xFF) << 16 | (data[i + 1] & 0xFF) << 8 | data[i + 2] & 0xFF;
            out[at++] = BASE64[bits >>> 18];
            out[at++] = BASE64[bits >>> 12 & 0x3F];
            out[at++] = BASE64[bits >>> 6 & 0x3F];
            out[at++] = BASE64[bits & 0x3F];
        }
        if (i < length) {
            int bits = (data[i] & 0xFF) << 16 | (i + 1 < length ? (data[i + 1] & 0xFF) << 8 : 0);
            out[at++] = BASE64[bits >>> 18];
            out[at++] = BASE64[bits >>> 12 & 0x3F];
            out[at++] = i + 1 < length ? BASE64[bits >>> 6 & 0x3F] : (byte) '=';
            out[at++] = '=';
        }
        out[at++] = '"';
        size = at;
    }

    /** A quoted string, or null. */
    public void string(String text) {
        if (text == null) {
            nullValue();
            return;
        }
        int length = text.length();
        room(length + 2);
        byte[] out = bytes;
        int at = size;
        out[at++] = '"';
        int i = 0;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || ESCAPES[c] != 0) {
                break;
            }
            out[at++] = (byte) c;
        }
        size = at;
        if (i < length) {
            escaped(text, i, length);
        }
        raw((byte) '"');
    }

    /** The characters of {@code text} from {@code from}, escaped where they must be. */
    private void escaped(String text, int from, int length) {
        room((length - from) * 6L);
        byte[] out = bytes;
        int at = size;
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                byte escape = ESCAPES[c];
                if (escape == 0) {
                    out[at++] = (byte) c;
                } else if (escape == 'u') {
                    at = unicodeEscape(out, at, c);
                } else {
                    out[at++] = '\\';
                    out[at++] = escape;
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                at = unicodeEscape(out, at, c);
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        size = at;
    }

    private static int unicodeEscape(byte[] out, int at, char c) {
        out[at] = '\\';
        out[at + 1] = 'u';
        out[at + 2] = HEX[c >> 12];
        out[at + 3] = HEX[c >> 8 & 0xF];
        out[at + 4] = HEX[c >> 4 & 0xF];
        out[at + 5] = HEX[c & 0xF];
        return at + 6;
    }

    /** Text known to be ASCII that needs no escape, unquoted. */
    private void ascii(String text) {
        int length = text.length();
        room(length);
        byte[] out = bytes;
        int at = size;
        for (int i = 0; i < length; i++) {
            out[at++] = (byte) text.charAt(i);
        }
        size = at;
    }

    private void room(long more) {
        if (more > bytes.length - size) {
            long wanted = Math.max(size + more, 2L * bytes.length);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError("a JSON value larger than 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) wanted);
        }
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }
}
