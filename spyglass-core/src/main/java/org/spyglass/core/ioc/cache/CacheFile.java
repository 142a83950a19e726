package org.spyglass.core.ioc.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import org.spyglass.core.ioc.internal.BinaryIn;
import org.spyglass.core.ioc.internal.BinaryOut;
import org.spyglass.core.ioc.match.IndicatorSet;
import org.spyglass.core.ioc.match.IndicatorSetCodec;
import org.spyglass.core.module.Warning;
import org.spyglass.core.output.OutputFormat;

/**
 * The layout of one cache file: {@value #MAGIC_TEXT} (as ASCII), the format number, the Spyglass version, the key,
 * the set ({@link IndicatorSetCodec}), the loading warnings; then a trailer of 12 bytes: the length of everything
 * before it (8 bytes) and its CRC32C (4 bytes). Reading checks the header, then the CRC over the whole file, and
 * only then parses.
 */
final class CacheFile {
    /** Bumped whenever the layout or the meaning of a cached set changes. */
    static final int FORMAT = 3;
    static final String MAGIC_TEXT = "SPYGLASS INDICATOR CACHE\n";
    private static final byte[] MAGIC = MAGIC_TEXT.getBytes(StandardCharsets.US_ASCII);
    private static final int TRAILER = 12;
    private static final int MAX_WARNINGS = 1_000_000;

    /** What a cache file holds. */
    record Content(IndicatorSet indicators, List<Warning> warnings) {
    }

    private CacheFile() {
    }

    static void write(OutputStream file, String key, IndicatorSet indicators, List<Warning> warnings)
            throws IOException {
        CountingCrc counted = new CountingCrc(file);
        BinaryOut out = new BinaryOut(counted);
        out.bytes(MAGIC);
        out.varint(FORMAT);
        out.string(OutputFormat.spyglassVersion());
        out.string(key);
        IndicatorSetCodec.write(indicators, out);
        out.varint(warnings.size());
        for (Warning warning : warnings) {
            out.string(warning.module());
            out.string(warning.location());
            out.string(warning.message());
        }
        out.flush();
        long length = counted.count();
        int crc = (int) counted.crc();
        file.write(ByteBuffer.allocate(TRAILER).putLong(length).putInt(crc).array());
    }

    /** Reads and verifies {@code file}; throws {@link IOException} saying what is wrong with it. */
    static Content read(Path file, String key) throws IOException {
        long size = Files.size(file);
        if (size < MAGIC.length + TRAILER) {
            throw new IOException("too short");
        }
        try (InputStream stream = Files.newInputStream(file)) {
            requireOwn(header(new BinaryIn(stream)), key);
        }
        verify(file, size);
        try (InputStream stream = Files.newInputStream(file)) {
            return body(new BinaryIn(stream, size - TRAILER), size);
        }
    }

    /**
     * Reads and verifies a whole cache file held in memory (a set shipped on the class path); null when it is a
     * sound header made for another key, format or version, else the content.
     *
     * @throws IOException when it is not a cache file, or is truncated or damaged
     */
    static Content read(byte[] file, String key) throws IOException {
        if (file.length < MAGIC.length + TRAILER) {
            throw new IOException("too short");
        }
        Header header = header(new BinaryIn(new ByteArrayInputStream(file)));
        if (!header.isFor(key)) {
            return null;
        }
        ByteBuffer trailer = ByteBuffer.wrap(file, file.length - TRAILER, TRAILER);
        long length = trailer.getLong();
        long expected = trailer.getInt() & 0xFFFFFFFFL;
        if (length != file.length - TRAILER) {
            throw new IOException("truncated or extended");
        }
        CRC32C crc = new CRC32C();
        crc.update(file, 0, (int) length);
        if (crc.getValue() != expected) {
            throw new IOException("damaged: its checksum does not match");
        }
        return body(new BinaryIn(new ByteArrayInputStream(file), length), file.length);
    }

    /** The header fields after the magic. */
    private record Header(long format, String version, String key) {
        boolean isFor(String wanted) {
            return format == FORMAT && OutputFormat.spyglassVersion().equals(version) && wanted.equals(key);
        }
    }

    private static Header header(BinaryIn in) throws IOException {
        if (!Arrays.equals(in.bytes(MAGIC.length), MAGIC)) {
            throw new IOException("not a Spyglass indicator cache");
        }
        return new Header(in.varint(), in.string(), in.string());
    }

    private static void requireOwn(Header header, String key) throws IOException {
        if (header.format() != FORMAT || !OutputFormat.spyglassVersion().equals(header.version())) {
            throw new IOException("written by another Spyglass version");
        }
        if (!key.equals(header.key())) {
            throw new IOException("made for other feed files");
        }
    }

    /** Reads the set and warnings after the header of a file of {@code size} bytes whose checksum was verified. */
    private static Content body(BinaryIn in, long size) throws IOException {
        header(in);
        IndicatorSet indicators = IndicatorSetCodec.read(in);
        int count = in.count(MAX_WARNINGS);
        List<Warning> warnings = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            warnings.add(new Warning(in.string(), in.string(), in.string()));
        }
        if (in.consumed() != size - TRAILER) {
            throw new IOException("unexpected bytes after the indicators");
        }
        return new Content(indicators, warnings);
    }

    private static void verify(Path file, long size) throws IOException {
        long length;
        long expected;
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "r")) {
            raw.seek(size - TRAILER);
            length = raw.readLong();
            expected = raw.readInt() & 0xFFFFFFFFL;
        }
        if (length != size - TRAILER) {
            throw new IOException("truncated or extended");
        }
        CRC32C crc = new CRC32C();
        try (CheckedInputStream in = new CheckedInputStream(Files.newInputStream(file), crc)) {
            byte[] buffer = new byte[1 << 16];
            long left = length;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new IOException("truncated");
                }
                left -= read;
            }
        }
        if (crc.getValue() != expected) {
            throw new IOException("damaged: its checksum does not match");
        }
    }

    /** Counts and checksums what goes through it. */
    private static final class CountingCrc extends OutputStream {
        private final OutputStream out;
        private final CRC32C crc = new CRC32C();
        private long count;

        CountingCrc(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            crc.update(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            crc.update(bytes, offset, length);
            count += length;
        }

        long count() {
            return count;
        }

        long crc() {
            return crc.getValue();
        }
    }
}
