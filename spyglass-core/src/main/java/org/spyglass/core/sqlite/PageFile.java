package org.spyglass.core.sqlite;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The pages of an SQLite file read without SQLite: the header fields recovery needs and one page at a time. Not
 * thread-safe; the caller closes it.
 */
final class PageFile implements AutoCloseable {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final FileChannel channel;
    private final int pageSize;
    private final int usableSize;
    private final long pageCount;
    private final Charset encoding;
    private final long freelistTrunk;

    private PageFile(FileChannel channel, int pageSize, int usableSize, long pageCount, Charset encoding,
                     long freelistTrunk) {
        this.channel = channel;
        this.pageSize = pageSize;
        this.usableSize = usableSize;
        this.pageCount = pageCount;
        this.encoding = encoding;
        this.freelistTrunk = freelistTrunk;
    }

    /** Opens the file read-only; null when it does not start with a sound SQLite header. */
    static PageFile open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            ByteBuffer header = ByteBuffer.allocate(100);
            if (channel.read(header, 0) < 100) {
                channel.close();
                return null;
            }
            byte[] bytes = header.array();
            for (int i = 0; i < MAGIC.length; i++) {
                if (bytes[i] != MAGIC[i]) {
                    channel.close();
                    return null;
                }
            }
            int size = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
            int pageSize = size == 1 ? 65_536 : size;
            int reserved = bytes[20] & 0xff;
            if (pageSize < 512 || Integer.bitCount(pageSize) != 1 || pageSize - reserved < 480) {
                channel.close();
                return null;
            }
            Charset encoding = switch ((int) read(bytes, 56, 4)) {
                case 2 -> StandardCharsets.UTF_16LE;
                case 3 -> StandardCharsets.UTF_16BE;
                default -> StandardCharsets.UTF_8;
            };
            return new PageFile(channel, pageSize, pageSize - reserved, channel.size() / pageSize, encoding,
                    read(bytes, 32, 4));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    int usableSize() {
        return usableSize;
    }

    long pageCount() {
        return pageCount;
    }

    Charset encoding() {
        return encoding;
    }

    long freelistTrunk() {
        return freelistTrunk;
    }

    /** Page {@code number} (1-based), or null when it lies outside the file. */
    byte[] page(long number) throws IOException {
        if (number < 1 || number > pageCount) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate(pageSize);
        long position = (number - 1) * pageSize;
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                return null;
            }
        }
        return buffer.array();
    }

    /** A big-endian unsigned integer of {@code size} bytes. */
    static long read(byte[] bytes, int at, int size) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            value = (value << 8) | (bytes[at + i] & 0xff);
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
