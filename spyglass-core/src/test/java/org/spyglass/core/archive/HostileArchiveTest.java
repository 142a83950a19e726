package org.spyglass.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.testing.ArchiveBuilder;

/**
 * The bounds and refusals of {@link SafeExtractor} in every format that can carry them (SafeExtractorTest shows
 * each in one format): bombs by ratio, total size and entry count, links that would lead a later member out of the
 * folder, and an archive inside an archive, which stays one file whatever it would expand to.
 */
class HostileArchiveTest {
    @TempDir
    Path dir;

    private Path write(ArchiveBuilder archive, String format) throws IOException {
        Path file = dir.resolve("hostile." + format);
        return switch (format) {
            case "tar" -> archive.writeTar(file);
            case "tar.gz" -> archive.writeTarGz(file);
            case "zip" -> archive.writeZip(file);
            default -> throw new IllegalArgumentException(format);
        };
    }

    private Path into() throws IOException {
        return Files.createDirectories(dir.resolve("scratch"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tar.gz", "zip"})
    void stopsACompressionBombByItsRatioAndDeletesTheMemberItWasWriting(String format) throws IOException {
        Path bomb = write(ArchiveBuilder.create().file("top/small.txt", "kept").file("top/zeros.bin",
                new byte[16 << 20]), format);

        ExtractionReport report = SafeExtractor.extract(bomb, into(), new Limits(1L << 40, 100, 100, 1 << 20));

        assertThat(report.stop()).isEqualTo(Stop.COMPRESSION_RATIO);
        assertThat(into().resolve("top/small.txt")).hasContent("kept");
        assertThat(into().resolve("top/zeros.bin")).doesNotExist();
        assertThat(bytesUnder(into())).isLessThanOrEqualTo(100L * Files.size(bomb) + (1 << 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tar", "tar.gz", "zip"})
    void stopsAtTheTotalSize(String format) throws IOException {
        ArchiveBuilder archive = ArchiveBuilder.create();
        for (int i = 0; i < 10; i++) {
            archive.file("top/part" + i + ".bin", new byte[1_000]);
        }

        ExtractionReport report = SafeExtractor.extract(write(archive, format), into(),
                new Limits(4_500, 100, Long.MAX_VALUE, 0));

        assertThat(report.stop()).isEqualTo(Stop.TOO_LARGE);
        assertThat(report.files()).isEqualTo(4);
        assertThat(bytesUnder(into())).isEqualTo(4_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tar", "tar.gz", "zip"})
    void stopsAtTheEntryCount(String format) throws IOException {
        ArchiveBuilder archive = ArchiveBuilder.create();
        for (int i = 0; i < 500; i++) {
            archive.file("top/empty" + i, new byte[0]);
        }

        ExtractionReport report = SafeExtractor.extract(write(archive, format), into(),
                new Limits(1L << 30, 50, Long.MAX_VALUE, 0));

        assertThat(report.stop()).isEqualTo(Stop.TOO_MANY_ENTRIES);
        assertThat(report.files()).isLessThanOrEqualTo(50);
        try (Stream<Path> files = Files.list(into().resolve("top"))) {
            assertThat(files.count()).isLessThanOrEqualTo(50);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tar", "zip"})
    void neverLetsAMemberThroughALinkToAFolderOutside(String format) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        ArchiveBuilder archive = ArchiveBuilder.create().directory("top").symlink("top/up", outside.toString())
                .symlink("top/rel", "../../outside").hardLink("top/hard", outside.resolve("x").toString())
                .file("top/up/escaped.txt", "pwned").file("top/rel/escaped.txt", "pwned")
                .file("top/ok.txt", "kept");

        Path scratch = into();
        ExtractionReport report = SafeExtractor.extract(write(archive, format), scratch, Limits.DEFAULT);

        assertThat(report.refused(Refusal.LINK)).isEqualTo(3);
        assertThat(into().resolve("top/ok.txt")).hasContent("kept");
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.toList();
            assertThat(all).noneMatch(Files::isSymbolicLink)
                    .noneMatch(p -> p.startsWith(outside) && !p.equals(outside));
            assertThat(all).filteredOn(p -> p.startsWith(scratch))
                    .allMatch(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                            || Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
        }
        assertThat(into().resolve("top/up")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(p).isDirectory());
    }

    @Test
    void keepsANestedBombAsTheSmallFileItIs() throws IOException {
        Path inner = ArchiveBuilder.create().file("zeros.bin", new byte[32 << 20]).writeZip(dir.resolve("inner.zip"));
        byte[] innerBytes = Files.readAllBytes(inner);
        Path outer = ArchiveBuilder.create().file("top/inner.zip", innerBytes).file("top/inner.tar.gz", innerBytes)
                .writeTarGz(dir.resolve("outer.tgz"));

        ExtractionReport report = SafeExtractor.extract(outer, into(), Limits.DEFAULT);

        assertThat(report.complete()).isTrue();
        assertThat(report.files()).isEqualTo(2);
        assertThat(into().resolve("top/inner.zip")).hasBinaryContent(innerBytes);
        assertThat(bytesUnder(into())).isEqualTo(2L * innerBytes.length);
    }

    private static long bytesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            long total = 0;
            for (Path file : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }
}
