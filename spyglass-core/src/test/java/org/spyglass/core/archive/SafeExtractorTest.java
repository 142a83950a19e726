package org.spyglass.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.testing.ArchiveBuilder;

class SafeExtractorTest {
    @TempDir
    Path dir;

    private Path into() throws IOException {
        return Files.createDirectories(dir.resolve("scratch/into"));
    }

    private static ArchiveBuilder sample() {
        return ArchiveBuilder.create().directory("top").file("top/a.txt", "alpha").file("top/sub/b.txt", "beta");
    }

    @Test
    void extractsEveryFormatWithContentAndModificationTime() throws IOException {
        for (Path archive : List.of(sample().writeTar(dir.resolve("s.tar")), sample().writeTarGz(dir.resolve("s.tgz")),
                sample().writeZip(dir.resolve("s.zip")))) {
            Path into = Files.createDirectories(dir.resolve("out-" + archive.getFileName()));
            ExtractionReport report = SafeExtractor.extract(archive, into, Limits.DEFAULT);

            assertThat(report.complete()).isTrue();
            assertThat(report.warnings()).isEmpty();
            assertThat(report.files()).isEqualTo(2);
            assertThat(report.bytes()).isEqualTo(9);
            assertThat(Files.readString(into.resolve("top/sub/b.txt"))).isEqualTo("beta");
            assertThat(Files.getLastModifiedTime(into.resolve("top/a.txt")).toInstant())
                    .isEqualTo(ArchiveBuilder.MODIFIED);
        }
    }

    @Test
    void detectsTheFormatByContentWhateverTheName() throws IOException {
        Path gz = sample().writeTarGz(dir.resolve("evidence.zip"));
        Path tar = sample().writeTar(dir.resolve("evidence.gz"));
        Path zip = sample().writeZip(dir.resolve("evidence.tar"));

        assertThat(ArchiveFormat.detect(gz)).contains(ArchiveFormat.TAR_GZIP);
        assertThat(ArchiveFormat.detect(tar)).contains(ArchiveFormat.TAR);
        assertThat(ArchiveFormat.detect(zip)).contains(ArchiveFormat.ZIP);
        assertThat(SafeExtractor.extract(gz, into(), Limits.DEFAULT).format()).isEqualTo(ArchiveFormat.TAR_GZIP);
    }

    @Test
    void refusesAFileThatIsNoArchive() throws IOException {
        Path text = Files.writeString(dir.resolve("sysdiagnose.tar.gz"), "just some text, not an archive");

        assertThat(ArchiveFormat.detect(text)).isEmpty();
        assertThatThrownBy(() -> SafeExtractor.extract(text, into(), Limits.DEFAULT))
                .isInstanceOf(NotAnArchiveException.class).hasMessageContaining("not a zip, tar or tar.gz");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.txt", "top/../../evil.txt", "/tmp/evil.txt", "C:/evil.txt", "C:\\evil.txt",
        "top\\..\\..\\evil.txt", "top/e\u0001vil.txt"})
    void refusesMembersWhoseNamesLeaveTheFolderAndGoesOn(String name) throws IOException {
        for (Path archive : List.of(sample().file(name, "pwned").writeTarGz(dir.resolve("h.tgz")),
                sample().file(name, "pwned").writeZip(dir.resolve("h.zip")))) {
            Path into = Files.createDirectories(dir.resolve("scratch/" + archive.getFileName()));
            ExtractionReport report = SafeExtractor.extract(archive, into, Limits.DEFAULT);

            assertThat(report.refused(Refusal.UNSAFE_NAME)).isEqualTo(1);
            assertThat(report.files()).isEqualTo(2);
            assertThat(report.complete()).isTrue();
            assertThat(report.warnings()).singleElement().satisfies(w ->
                    assertThat(w.message()).startsWith("1 member was not extracted because their names would leave"));
            assertThat(filesUnder(dir)).noneMatch(p -> p.getFileName().toString().contains("evil"));
        }
    }

    @Test
    void neverCreatesLinksDevicesOrFifosAndCountsThem() throws IOException {
        Path archive = sample().symlink("top/passwd", "/etc/passwd").symlink("top/up", "../../..")
                .hardLink("top/hard", "/etc/shadow").fifo("top/pipe").charDevice("top/null")
                .file("top/up/escape.txt", "through the link").writeTarGz(dir.resolve("links.tgz"));

        ExtractionReport report = SafeExtractor.extract(archive, into(), Limits.DEFAULT);

        assertThat(report.refused(Refusal.LINK)).isEqualTo(3);
        assertThat(report.refused(Refusal.SPECIAL_FILE)).isEqualTo(2);
        assertThat(report.warnings()).hasSize(2);
        assertThat(report.warnings().get(0).message()).startsWith("3 members were not extracted because they are "
                + "links").contains("\"top/passwd\"");
        assertThat(filesUnder(dir.resolve("scratch"))).noneMatch(p -> Files.isSymbolicLink(p))
                .noneMatch(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
        assertThat(into().resolve("top/up/escape.txt")).hasContent("through the link");
    }

    @Test
    void refusesZipSymlinks() throws IOException {
        Path archive = sample().symlink("top/passwd", "/etc/passwd").writeZip(dir.resolve("links.zip"));

        ExtractionReport report = SafeExtractor.extract(archive, into(), Limits.DEFAULT);

        assertThat(report.refused(Refusal.LINK)).isEqualTo(1);
        assertThat(into().resolve("top/passwd")).doesNotExist();
    }

    /**
     * A member compressed with a method Spyglass reads no further (Zstandard and XZ need libraries it does not ship;
     * LZMA, PPMd and AES are not read by the stream at all) is refused as unreadable, and the members after it are
     * extracted. A fuzzed zip once made the Zstandard member end the run with a NoClassDefFoundError.
     */
    @ParameterizedTest
    @ValueSource(ints = {93, 20, 95, 14, 98, 99})
    void refusesAMemberInAnUnreadMethodAndGoesOn(int method) throws IOException {
        Path archive = dir.resolve("methods.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(archive.toFile())) {
            addDeflated(out, "a.txt", "alpha");
            byte[] raw = "bytes in another compression method".getBytes(StandardCharsets.US_ASCII);
            ZipArchiveEntry packed = new ZipArchiveEntry("b.bin");
            packed.setMethod(method);
            packed.setCompressedSize(raw.length);
            packed.setSize(raw.length * 3L);
            packed.setCrc(0x1234_5678L);
            out.addRawArchiveEntry(packed, new ByteArrayInputStream(raw));
            addDeflated(out, "c.txt", "gamma");
        }

        ExtractionReport report = SafeExtractor.extract(archive, into(), Limits.DEFAULT);

        assertThat(report.refused(Refusal.UNREADABLE)).as("method %d", method).isEqualTo(1);
        assertThat(into().resolve("b.bin")).doesNotExist();
        assertThat(into().resolve("a.txt")).hasContent("alpha");
        assertThat(into().resolve("c.txt")).hasContent("gamma");
    }

    /**
     * A member in a method the zip reader has no decoder for, whose size only a data descriptor after it gives (a zip
     * written as a stream): the reader cannot find where the member ends, and commons-compress threw a
     * NullPointerException (found by fuzzing: a damaged method field). The extraction stops there with a warning and
     * keeps what it read before.
     */
    @ParameterizedTest
    @ValueSource(ints = {20, 93, 95, 14, 98})
    void stopsWithAWarningAtAMemberItCannotSkip(int method) throws IOException {
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(streamed)) {
            addDeflated(out, "a.txt", "alpha");
            addDeflated(out, "b.bin", "beta");
            addDeflated(out, "c.txt", "gamma");
        }
        byte[] bytes = streamed.toByteArray();
        int second = indexOf(bytes, "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), 4);
        assertThat(bytes[second + 6] & 0x08).as("written with a data descriptor").isEqualTo(0x08);
        bytes[second + 8] = (byte) method;
        bytes[second + 9] = (byte) (method >> 8);
        Path archive = Files.write(dir.resolve("streamed.zip"), bytes);

        ExtractionReport report = SafeExtractor.extract(archive, into(), Limits.DEFAULT);

        assertThat(into().resolve("a.txt")).hasContent("alpha");
        assertThat(into().resolve("b.bin")).doesNotExist();
        assertThat(report.complete()).isFalse();
        assertThat(report.warnings()).extracting(ExtractionWarning::message).anyMatch(m -> m.contains("corrupt"))
                .noneMatch(m -> m.contains("access$"));
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        for (int i = from; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    private static void addDeflated(ZipArchiveOutputStream out, String name, String content) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        out.putArchiveEntry(entry);
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeArchiveEntry();
    }

    @Test
    void keepsTheFirstOfTwoMembersWithTheSameName() throws IOException {
        Path archive = sample().file("top/a.txt", "second").writeTar(dir.resolve("dup.tar"));

        ExtractionReport report = SafeExtractor.extract(archive, into(), Limits.DEFAULT);

        assertThat(report.refused(Refusal.DUPLICATE)).isEqualTo(1);
        assertThat(into().resolve("top/a.txt")).hasContent("alpha");
    }

    @Test
    void stopsAtTheEntryLimit() throws IOException {
        Path archive = sample().file("top/c.txt", "c").file("top/d.txt", "d").writeTar(dir.resolve("many.tar"));

        ExtractionReport report = SafeExtractor.extract(archive, into(), new Limits(1_000, 3, 100, 0));

        assertThat(report.stop()).isEqualTo(Stop.TOO_MANY_ENTRIES);
        assertThat(report.files()).isEqualTo(2);
        assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .contains("after 3 members"));
    }

    @Test
    void stopsAtTheSizeLimitAndDeletesTheMemberItWasWriting() throws IOException {
        Path archive = sample().file("top/big.bin", new byte[5_000]).writeTarGz(dir.resolve("big.tgz"));

        ExtractionReport report = SafeExtractor.extract(archive, into(), new Limits(1_000, 100, 1_000_000, 0));

        assertThat(report.stop()).isEqualTo(Stop.TOO_LARGE);
        assertThat(report.files()).isEqualTo(2);
        assertThat(into().resolve("top/big.bin")).doesNotExist();
    }

    @Test
    void stopsAZipBombByItsCompressionRatio() throws IOException {
        Path archive = ArchiveBuilder.create().file("bomb.bin", new byte[8 << 20]).writeZip(dir.resolve("bomb.zip"));

        ExtractionReport report = SafeExtractor.extract(archive, into(), new Limits(1L << 40, 100, 100, 1 << 20));

        assertThat(report.stop()).isEqualTo(Stop.COMPRESSION_RATIO);
        assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("zip bomb"));
        assertThat(into().resolve("bomb.bin")).doesNotExist();
    }

    @Test
    void keepsWhatATruncatedArchiveHeldWithAWarning() throws IOException {
        byte[] log = "SIGTERM: [1700000000]\n".repeat(4_000).getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[200_000];
        new java.util.Random(7).nextBytes(random);
        Path whole = ArchiveBuilder.create().file("top/first.log", log).file("top/second.bin", random)
                .writeTarGz(dir.resolve("whole.tgz"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.tgz"), Arrays.copyOf(bytes, bytes.length - 100_000));

        ExtractionReport report = SafeExtractor.extract(cut, into(), Limits.DEFAULT);

        assertThat(report.stop()).isEqualTo(Stop.TRUNCATED);
        assertThat(into().resolve("top/first.log")).hasBinaryContent(log);
        assertThat(Files.size(into().resolve("top/second.bin"))).isPositive().isLessThan(random.length);
        assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .contains("inside the member \"top/second.bin\"").contains("were kept"));
        assertThat(report.sha256()).hasSize(64);
        assertThat(report.archiveSize()).isEqualTo(Files.size(cut));
    }

    @Test
    void leavesNestedArchivesAsPlainFiles() throws IOException {
        byte[] inner = Files.readAllBytes(sample().writeZip(dir.resolve("inner.zip")));
        Path outer = ArchiveBuilder.create().file("top/inner.zip", inner).writeTarGz(dir.resolve("outer.tgz"));

        ExtractionReport report = SafeExtractor.extract(outer, into(), Limits.DEFAULT);

        assertThat(report.files()).isEqualTo(1);
        assertThat(into().resolve("top/inner.zip")).hasBinaryContent(inner);
        assertThat(into().resolve("top/a.txt")).doesNotExist();
    }

    @Test
    void hashesTheWholeArchiveEvenWhenStoppedEarly() throws IOException {
        Path archive = sample().file("top/big.bin", new byte[5_000]).writeTarGz(dir.resolve("big.tgz"));
        String expected = java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(archive)));

        ExtractionReport report = SafeExtractor.extract(archive, into(), new Limits(1_000, 100, 1_000_000, 0));

        assertThat(report.sha256()).isEqualTo(expected);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.toList();
        }
    }
}
