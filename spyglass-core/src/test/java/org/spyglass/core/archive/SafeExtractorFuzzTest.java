package org.spyglass.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Any archive is extracted within bounds, or refused with an {@link IOException}; damage inside an archive comes back
 * in the report, and nothing is written outside the target folder. The harness is structured: the fuzzer's data
 * chooses a format (zip, tar, tar.gz, or raw bytes), then entries (name, kind, content) that are written as a valid
 * archive, then optionally damage (a cut or an overwritten byte), so most inputs get past format detection.
 */
class SafeExtractorFuzzTest {
    private static final Limits SMALL = new Limits(8 << 20, 200, 100, 1 << 20);
    private static final List<String> NAMES = List.of("a.txt", "dir/", "dir/b.db", "../escape", "/abs", "dir/../c",
            "link", "dir/nested.zip", "C:\\win", "a.txt");

    @FuzzTest(maxDuration = "2m")
    void extractsAnyArchiveWithinItsFolder(FuzzedDataProvider data) throws IOException {
        Path work = Files.createTempDirectory("spyglass-fuzz-");
        try {
            Path archive = Files.write(work.resolve("input.bin"), archiveBytes(data));
            Path into = Files.createDirectory(work.resolve("into"));
            try {
                SafeExtractor.extract(archive, into, SMALL);
            } catch (IOException refused) {
                // Not an archive, or not openable: the expected refusal.
            }
            try (Stream<Path> top = Files.list(work)) {
                assertThat(top.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("input.bin", "into");
            }
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static byte[] archiveBytes(FuzzedDataProvider data) throws IOException {
        int format = data.consumeInt(0, 3);
        if (format == 3) {
            return data.consumeRemainingAsBytes();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (format == 0) {
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
                writeEntries(data, zip, true);
            }
        } else if (format == 1) {
            try (TarArchiveOutputStream tar = tar(bytes)) {
                writeEntries(data, tar, false);
            }
        } else {
            try (GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(bytes);
                 TarArchiveOutputStream tar = tar(gzip)) {
                writeEntries(data, tar, false);
            }
        }
        return damaged(data, bytes.toByteArray());
    }

    private static TarArchiveOutputStream tar(OutputStream out) {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name());
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        return tar;
    }

    private static <E extends ArchiveEntry> void writeEntries(
            FuzzedDataProvider data, ArchiveOutputStream<E> out, boolean zip) throws IOException {
        int count = data.consumeInt(0, 6);
        for (int i = 0; i < count; i++) {
            String name = data.consumeBoolean() ? data.pickValue(NAMES) : data.consumeString(40);
            if (name.isEmpty()) {
                name = "empty";
            }
            int kind = data.consumeInt(0, 4);
            byte[] content = name.endsWith("/") ? new byte[0] : kind == 0 ? data.consumeBytes(2048)
                    : zip && kind == 2 ? data.consumeString(20).getBytes(StandardCharsets.UTF_8) : new byte[0];
            @SuppressWarnings("unchecked")
            E entry = (E) (zip ? zipEntry(name, kind, data, content) : tarEntry(name, kind, data, content.length));
            out.putArchiveEntry(entry);
            out.write(content);
            out.closeArchiveEntry();
        }
        out.finish();
    }

    /** Kinds: 0 file, 1 folder, 2 symbolic link, 3 hard link, 4 device. */
    private static ZipArchiveEntry zipEntry(String name, int kind, FuzzedDataProvider data, byte[] content) {
        ZipArchiveEntry entry = new ZipArchiveEntry(kind == 1 && !name.endsWith("/") ? name + "/" : name);
        if (kind == 2) {
            entry.setUnixMode(0120777);
        }
        if (data.consumeBoolean()) {
            entry.setMethod(ZipArchiveEntry.DEFLATED);
        } else {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipArchiveEntry.STORED);
            entry.setSize(content.length);
            entry.setCrc(crc.getValue());
        }
        return entry;
    }

    private static TarArchiveEntry tarEntry(String name, int kind, FuzzedDataProvider data, int size) {
        TarArchiveEntry entry = switch (kind) {
            case 1 -> new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
            case 2 -> new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
            case 3 -> new TarArchiveEntry(name, TarConstants.LF_LINK);
            case 4 -> new TarArchiveEntry(name, TarConstants.LF_CHR);
            default -> new TarArchiveEntry(name);
        };
        if (kind == 2 || kind == 3) {
            entry.setLinkName(data.consumeString(20));
        }
        entry.setSize(size);
        return entry;
    }

    /** Leaves the archive whole, cuts it, or overwrites one byte. */
    private static byte[] damaged(FuzzedDataProvider data, byte[] archive) {
        if (archive.length == 0) {
            return archive;
        }
        return switch (data.consumeInt(0, 2)) {
            case 1 -> Arrays.copyOf(archive, data.consumeInt(0, archive.length - 1));
            case 2 -> {
                archive[data.consumeInt(0, archive.length - 1)] = data.consumeByte();
                yield archive;
            }
            default -> archive;
        };
    }
}
