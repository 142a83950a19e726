package org.spyglass.core.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes a spill file of {@link SortedSpool}: the field encodings its codecs share (each value may be null), through
 * a buffer of its own (one module's spill is written by one thread, so nothing here takes a lock). Read back by
 * {@link SpillInput}.
 */
final class SpillOutput implements Closeable {
    private static final int BLOCK = 1 << 16;

    private final OutputStream file;
    private byte[] buffer = new byte[BLOCK];
    private int used;

    SpillOutput(Path path) throws IOException {
        this.file = Files.newOutputStream(path);
    }

    void writeByte(int value) throws IOException {
        room(1);
        buffer[used++] = (byte) value;
    }

    void writeInt(int value) throws IOException {
        room(4);
        putInt(value);
    }

    void writeLong(long value) throws IOException {
        room(8);
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    /** {@code value} in 1 to 10 bytes, 7 bits a byte, low bits first (small values take few bytes). */
    void writeVarLong(long value) throws IOException {
        room(10);
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            buffer[used++] = (byte) (rest | 0x80);
            rest >>>= 7;
        }
        buffer[used++] = (byte) rest;
    }

    /** A length ({@code -1} for null) and the UTF-8 bytes. */
    void writeString(String value) throws IOException {
        if (value == null) {
            writeInt(-1);
            return;
        }
        int length = value.length();
        room(4 + length);
        if (putAscii(value, used + 4)) {
            putInt(length);
            used += length;
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        room(4 + bytes.length);
        putInt(bytes.length);
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    /** The bytes as they are (the reader knows their length). */
    void writeBytes(byte[] bytes, int offset, int length) throws IOException {
        room(length);
        System.arraycopy(bytes, offset, buffer, used, length);
        used += length;
    }

    /** A presence byte, then the seconds and the nanoseconds. */
    void writeInstant(Instant value) throws IOException {
        writeByte(value == null ? 0 : 1);
        if (value != null) {
            writeLong(value.getEpochSecond());
            writeInt(value.getNano());
        }
    }

    /** Copies {@code value} to the buffer at {@code at} when it is all ASCII (as UTF-8 would); false otherwise. */
    private boolean putAscii(String value, int at) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            buffer[at + i] = (byte) c;
        }
        return true;
    }

    private void putInt(int value) {
        buffer[used] = (byte) (value >>> 24);
        buffer[used + 1] = (byte) (value >>> 16);
        buffer[used + 2] = (byte) (value >>> 8);
        buffer[used + 3] = (byte) value;
        used += 4;
    }

    private void room(int bytes) throws IOException {
        if (used + bytes > buffer.length) {
            file.write(buffer, 0, used);
            used = 0;
            if (bytes > buffer.length) {
                buffer = new byte[bytes];
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (OutputStream open = file) {
            open.write(buffer, 0, used);
            used = 0;
        }
    }
}
