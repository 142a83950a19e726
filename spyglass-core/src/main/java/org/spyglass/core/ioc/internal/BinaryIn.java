package org.spyglass.core.ioc.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link BinaryOut} wrote. Every length is checked against a limit, so that damaged input gives an
 * {@link IOException} rather than a huge allocation. Not thread-safe; closes nothing.
 */
public final class BinaryIn {
    /** The longest string accepted (indicator files are at most 256 MiB, a value far less). */
    private static final int MAX_STRING = 1 << 26;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long consumed;

    public BinaryIn(InputStream in) {
        this.in = in;
    }

    /** Reads an unsigned variable-length integer. */
    public long varint() throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = next();
            value |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                return value;
            }
        }
        throw new IOException("a number is too long");
    }

    /** Reads a varint that must lie in {@code [0, max]}. */
    public int count(int max) throws IOException {
        long value = varint();
        if (value > max) {
            throw new IOException("a count is out of range: " + value);
        }
        return (int) value;
    }

    public long longValue() throws IOException {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | next();
        }
        return value;
    }

    /** A string, or null. */
    public String string() throws IOException {
        int length = count(MAX_STRING) - 1;
        if (length < 0) {
            return null;
        }
        if (length <= limit - position) {
            String value = new String(buffer, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }
        return new String(bytes(length), StandardCharsets.UTF_8);
    }

    public byte[] bytes(int length) throws IOException {
        byte[] out = new byte[length];
        int done = 0;
        while (done < length) {
            if (position == limit) {
                fill();
            }
            int chunk = Math.min(length - done, limit - position);
            System.arraycopy(buffer, position, out, done, chunk);
            position += chunk;
            done += chunk;
        }
        return out;
    }

    /** Bytes read so far. */
    public long consumed() {
        return consumed - (limit - position);
    }

    private int next() throws IOException {
        if (position == limit) {
            fill();
        }
        return buffer[position++] & 0xFF;
    }

    private void fill() throws IOException {
        int read = in.read(buffer);
        if (read <= 0) {
            throw new EOFException("the data ends early");
        }
        position = 0;
        limit = read;
        consumed += read;
    }
}
