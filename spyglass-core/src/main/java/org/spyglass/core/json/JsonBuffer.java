package org.spyglass.core.json;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
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

    private final char[] time = new char[Times.MVT_LENGTH];
    private final byte[] day = new byte[10];
    private long dayNumber = Long.MIN_VALUE;
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

    /**
     * A time as MVT renders it ({@link Times#mvt}), quoted. The date of the last day written is kept: the times of a
     * module's records are mostly in order.
     */
    public void time(Instant value) {
        long seconds = value.getEpochSecond();
        if (!Times.fixedWidthMvt(seconds)) {
            string(Times.mvt(value));
            return;
        }
        long dayOfEpoch = Math.floorDiv(seconds, 86_400L);
        if (dayOfEpoch != dayNumber) {
            Times.mvt(dayOfEpoch * 86_400L, 0, time);
            for (int i = 0; i < day.length; i++) {
                day[i] = (byte) time[i];
            }
            dayNumber = dayOfEpoch;
        }
        room(Times.MVT_LENGTH + 2);
        byte[] out = bytes;
        int at = size;
        out[at] = '"';
        System.arraycopy(day, 0, out, at + 1, day.length);
        int second = (int) (seconds - dayOfEpoch * 86_400L);
        out[at + 11] = ' ';
        twoDigits(out, at + 12, second / 3600);
        out[at + 14] = ':';
        twoDigits(out, at + 15, second / 60 % 60);
        out[at + 17] = ':';
        twoDigits(out, at + 18, second % 60);
        out[at + 20] = '.';
        int micros = value.getNano() / 1000;
        twoDigits(out, at + 21, micros / 10_000);
        twoDigits(out, at + 23, micros / 100 % 100);
        twoDigits(out, at + 25, micros % 100);
        out[at + 27] = '"';
        size = at + 28;
    }

    private static void twoDigits(byte[] out, int at, int value) {
        out[at] = (byte) ('0' + value / 10);
        out[at + 1] = (byte) ('0' + value % 10);
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
