package org.spyglass.core.ioc.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link BinaryOut} wrote. Every length is checked against a limit, so that damaged input gives an
 * {@link IOException} rather than a huge allocation. Not thread-safe; closes nothing.
 */
public final class BinaryIn {
    /** The longest string accepted (indicator files are at most 256 MiB, a value far less). */
    private static final int MAX_STRING = 1 << 26;

    private final InputStream in;
    private final long length;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long consumed;

    public BinaryIn(InputStream in) {
        this(in, Long.MAX_VALUE);
    }

    /** A reader of {@code in}, which holds at most {@code length} bytes: no array longer than what is left is made. */
    public BinaryIn(InputStream in, long length) {
        this.in = in;
        this.length = length;
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

    /**
     * Reads a count of array elements of {@code elementBytes} bytes each, which must fit in what is left of the input
     * (when its length is known) and in an array.
     */
    public int arrayLength(int elementBytes) throws IOException {
        int count = count((Integer.MAX_VALUE - 8) / elementBytes);
        if ((long) count * elementBytes > length - consumed()) {
            throw new IOException("an array is longer than the data left: " + count);
        }
        return count;
    }

    /** Reads {@code count} big-endian ints, as {@link BinaryOut#ints} wrote them. */
    public int[] ints(int count) throws IOException {
        int[] out = new int[count];
        for (int done = 0; done < count; ) {
            available(Integer.BYTES);
            int chunk = Math.min(count - done, (limit - position) / Integer.BYTES);
            ByteBuffer.wrap(buffer, position, chunk * Integer.BYTES).asIntBuffer().get(out, done, chunk);
            position += chunk * Integer.BYTES;
            done += chunk;
        }
        return out;
    }

    /** Reads {@code count} big-endian longs, as {@link BinaryOut#longs} wrote them. */
    public long[] longs(int count) throws IOException {
        long[] out = new long[count];
        for (int done = 0; done < count; ) {
            available(Long.BYTES);
            int chunk = Math.min(count - done, (limit - position) / Long.BYTES);
            ByteBuffer.wrap(buffer, position, chunk * Long.BYTES).asLongBuffer().get(out, done, chunk);
            position += chunk * Long.BYTES;
            done += chunk;
        }
        return out;
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

    /** Makes at least {@code bytes} (at most the buffer's size) ready in the buffer, keeping those not read yet. */
    private void available(int bytes) throws IOException {
        if (limit - position >= bytes) {
            return;
        }
        int kept = limit - position;
        System.arraycopy(buffer, position, buffer, 0, kept);
        position = 0;
        limit = kept;
        while (limit < bytes) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read <= 0) {
                throw new EOFException("the data ends early");
            }
            limit += read;
            consumed += read;
        }
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
