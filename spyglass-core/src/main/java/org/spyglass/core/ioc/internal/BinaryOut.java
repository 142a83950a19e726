package org.spyglass.core.ioc.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A buffered writer of the indicator cache's primitives: unsigned variable-length integers, big-endian longs,
 * length-prefixed UTF-8 strings (null allowed) and arrays of big-endian ints and longs written in bulk. The reading
 * side is {@link BinaryIn}. Not thread-safe; closes nothing.
 */
public final class BinaryOut {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;

    public BinaryOut(OutputStream out) {
        this.out = out;
    }

    /** Writes {@code value} (at least 0) in 7-bit groups, lowest first. */
    public void varint(long value) throws IOException {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        room(10);
        long rest = value;
        while (rest >= 0x80) {
            buffer[used++] = (byte) (rest | 0x80);
            rest >>>= 7;
        }
        buffer[used++] = (byte) rest;
    }

    public void longValue(long value) throws IOException {
        room(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[used++] = (byte) (value >>> shift);
        }
    }

    /** A string as its UTF-8 length plus one (0 for null), then its bytes. */
    public void string(String value) throws IOException {
        if (value == null) {
            varint(0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        varint(bytes.length + 1L);
        bytes(bytes);
    }

    public void bytes(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - used) {
            flush();
            out.write(bytes);
            return;
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    /** Writes {@code values[0, count)} as big-endian ints, with no length (the reader knows it). */
    public void ints(int[] values, int count) throws IOException {
        for (int done = 0; done < count; ) {
            room(Integer.BYTES);
            int chunk = Math.min(count - done, (buffer.length - used) / Integer.BYTES);
            ByteBuffer.wrap(buffer, used, chunk * Integer.BYTES).asIntBuffer().put(values, done, chunk);
            used += chunk * Integer.BYTES;
            done += chunk;
        }
    }

    /** Writes {@code values[0, count)} as big-endian longs, with no length (the reader knows it). */
    public void longs(long[] values, int count) throws IOException {
        for (int done = 0; done < count; ) {
            room(Long.BYTES);
            int chunk = Math.min(count - done, (buffer.length - used) / Long.BYTES);
            ByteBuffer.wrap(buffer, used, chunk * Long.BYTES).asLongBuffer().put(values, done, chunk);
            used += chunk * Long.BYTES;
            done += chunk;
        }
    }

    /** Hands the buffered bytes to the stream. */
    public void flush() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    private void room(int bytes) throws IOException {
        if (buffer.length - used < bytes) {
            flush();
        }
    }
}
