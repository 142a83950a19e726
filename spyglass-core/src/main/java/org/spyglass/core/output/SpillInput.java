package org.spyglass.core.output;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Reads a spill file written by {@link SpillOutput}, through a buffer of its own. Not thread-safe. */
final class SpillInput implements Closeable {
    private static final int BLOCK = 1 << 16;

    private final InputStream file;
    private byte[] buffer = new byte[BLOCK];
    private int position;
    private int limit;

    SpillInput(Path path) throws IOException {
        this.file = Files.newInputStream(path);
    }

    int readByte() throws IOException {
        need(1);
        return buffer[position++];
    }

    int readInt() throws IOException {
        need(4);
        return takeInt();
    }

    long readLong() throws IOException {
        need(8);
        long high = takeInt();
        return (high << 32) | (takeInt() & 0xFFFF_FFFFL);
    }

    /** A value written by {@link SpillOutput#writeVarLong}. */
    long readVarLong() throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            long b = readByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("spill file holds a number longer than 10 bytes");
    }

    String readString() throws IOException {
        int length = readInt();
        if (length < 0) {
            return null;
        }
        need(length);
        String value = new String(buffer, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    /**
     * Reads {@code length} bytes in place: they are at the returned offset of {@link #array()} until the next read.
     */
    int take(int length) throws IOException {
        if (length < 0) {
            throw new IOException("spill file holds a negative length");
        }
        need(length);
        int offset = position;
        position += length;
        return offset;
    }

    /** The buffer that {@link #take} reads into. */
    byte[] array() {
        return buffer;
    }

    Instant readInstant() throws IOException {
        if (readByte() == 0) {
            return null;
        }
        long seconds = readLong();
        return Instant.ofEpochSecond(seconds, readInt());
    }

    private int takeInt() {
        int value = (buffer[position] & 0xFF) << 24 | (buffer[position + 1] & 0xFF) << 16
                | (buffer[position + 2] & 0xFF) << 8 | (buffer[position + 3] & 0xFF);
        position += 4;
        return value;
    }

    /** Makes sure {@code bytes} bytes are buffered from the read position on. */
    private void need(int bytes) throws IOException {
        if (limit - position >= bytes) {
            return;
        }
        int kept = limit - position;
        byte[] target = bytes > buffer.length ? new byte[Math.max(bytes, BLOCK)] : buffer;
        System.arraycopy(buffer, position, target, 0, kept);
        buffer = target;
        position = 0;
        limit = kept;
        while (limit < bytes) {
            int read = file.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                throw new EOFException("spill file ends inside a row");
            }
            limit += read;
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
