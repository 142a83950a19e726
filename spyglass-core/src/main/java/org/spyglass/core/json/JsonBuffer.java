package org.spyglass.core.json;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.spyglass.core.time.MvtTimeBytes;
import org.spyglass.core.time.Times;

/**
 * Compact JSON values written straight into a growable byte array as UTF-8, byte for byte as the generator of
 * {@link Json#mapper()} writes them: strings escaped as Jackson escapes them (see {@link JsonStrings}), numbers as
 * Jackson writes them (a double that is not finite as a quoted string), times in MVT's rendering, {@code byte[]} in
 * Jackson's default base64. The caller places the commas, colons and brackets. Reused from one value to the next;
 * not thread-safe.
 */
public final class JsonBuffer {
    private static final byte[] BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = bytes("null");
    private static final byte[] TRUE = bytes("true");
    private static final byte[] FALSE = bytes("false");

    private final MvtTimeBytes times = new MvtTimeBytes();
    private final JsonStrings strings = new JsonStrings();
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
        decimal(NumberOutput.toString(value, false), NumberOutput.notFinite(value));
    }

    /** A float as Jackson's {@code writeNumber(float)}: NaN and the infinities quoted. */
    public void number(float value) {
        decimal(NumberOutput.toString(value, false), NumberOutput.notFinite(value));
    }

    private void decimal(String text, boolean quoted) {
        if (quoted) {
            string(text);
        } else {
            ascii(text);
        }
    }

    /**
     * A time as MVT renders it ({@link Times#mvt}), quoted. The date of the last day written is kept: the times of a
     * module's records are mostly in order.
     */
    public void time(Instant value) {
        room(Times.MVT_LENGTH + 2);
        if (!times.write(value.getEpochSecond(), value.getNano(), bytes, size + 1)) {
            string(Times.mvt(value));
            return;
        }
        bytes[size] = '"';
        size += Times.MVT_LENGTH + 1;
        bytes[size++] = '"';
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
        } else {
            strings.write(text, this);
        }
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

    /** Sets the length of the content, after a writer of this package filled the array up to it. */
    void size(int length) {
        size = length;
    }

    /** Makes room for {@code more} bytes after the content: the array may change. */
    void room(long more) {
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
