package org.spyglass.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.progress.WorkProgress;
import org.spyglass.core.testing.TestFolderSource;

class FolderSourceTest {
    @TempDir
    Path evidence;

    @Test
    void hashesEveryFileItHandsOutEvenWhenReadOnlyInPart() throws Exception {
        byte[] content = "0123456789".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        Path file = write("a/big.bin", content);
        try (TestFolderSource source = new TestFolderSource(evidence)) {
            try (InputStream in = source.open(new EvidenceFile("/a/big.bin", null, null, null))) {
                in.readNBytes(10);
            }
            assertThat(source.hashes()).containsExactly(
                    java.util.Map.entry(file.toRealPath().toString(), sha256(content)));
        }
    }

    @Test
    void localCopyIsInScratchAndHashed() throws Exception {
        write("x/name.plist", "abc".getBytes(StandardCharsets.UTF_8));
        try (TestFolderSource source = new TestFolderSource(evidence)) {
            Path copy = source.localCopy(new EvidenceFile("/x/name.plist", null, null, null));
            assertThat(copy).startsWith(source.scratch()).hasContent("abc").hasFileName("name.plist");
            assertThat(source.hashes()).containsValue(sha256("abc".getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void sqliteCopyTakesTheSideFilesAlongAndIsReusedWithinARun() throws Exception {
        write("db/x.db", new byte[] {1});
        write("db/x.db-wal", new byte[] {2});
        write("db/x.db-shm", new byte[] {3});
        write("db/x.db-journal", new byte[] {4});
        try (TestFolderSource source = new TestFolderSource(evidence)) {
            EvidenceFile db = source.file("/db/x.db").orElseThrow();
            Path copy = source.sqliteCopy(db);
            assertThat(copy).startsWith(source.scratch()).hasBinaryContent(new byte[] {1});
            assertThat(copy.resolveSibling("x.db-wal")).hasBinaryContent(new byte[] {2});
            assertThat(copy.resolveSibling("x.db-shm")).hasBinaryContent(new byte[] {3});
            assertThat(copy.resolveSibling("x.db-journal")).hasBinaryContent(new byte[] {4});
            assertThat(source.sqliteCopy(db)).isEqualTo(copy);
            assertThat(source.hashes()).hasSize(4);
        }
    }

    @Test
    void aMissingFileIsAClearFileNotFound() throws Exception {
        try (TestFolderSource source = new TestFolderSource(evidence)) {
            assertThatThrownBy(() -> source.open(new EvidenceFile("/nope/file", null, null, null)))
                    .isInstanceOf(FileNotFoundException.class)
                    .hasMessageContaining("/nope/file is listed in the evidence but its content is missing");
        }
    }

    @Test
    void refusesPathsAndLinksLeadingOutOfTheEvidence(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("secret"), "s");
        Files.createSymbolicLink(evidence.resolve("link"), outside.resolve("secret"));
        try (TestFolderSource source = new TestFolderSource(evidence)) {
            assertThatThrownBy(() -> source.open(new EvidenceFile("/../" + outside.getFileName() + "/secret", null,
                    null, null))).isInstanceOf(IOException.class).hasMessageContaining("outside the evidence");
            assertThatThrownBy(() -> source.open(new EvidenceFile("/link", null, null, null)))
                    .isInstanceOf(IOException.class).hasMessageContaining("points outside the evidence");
        }
    }

    @Test
    void closeDeletesTheScratchFolderAndRefusesNewScratch() throws Exception {
        write("a", new byte[] {1});
        TestFolderSource source = new TestFolderSource(evidence);
        source.localCopy(source.file("/a").orElseThrow());
        Path scratch = source.scratch();
        source.close();
        assertThat(scratch).doesNotExist();
        assertThatThrownBy(source::scratch).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void hashEverythingCoversEveryFileOfTheFolderIncludingThoseNeverRead() throws Exception {
        write("a", new byte[] {7, 7});
        write("deep/b", new byte[] {8});
        try (TestFolderSource source = new TestFolderSource(evidence)) {
            source.open(source.file("/a").orElseThrow()).close();
            List<Path> problems = new ArrayList<>();
            source.hashEverything((path, error) -> problems.add(path), () -> false);
            assertThat(problems).isEmpty();
            assertThat(source.hashes()).containsEntry(evidence.resolve("a").toString(), sha256(new byte[] {7, 7}))
                    .containsEntry(evidence.resolve("deep/b").toString(), sha256(new byte[] {8}))
                    .hasSize(2);
        }
    }

    @Test
    void hashEverythingReportsFilesAndBytesAgainstTheTotalsOfWhatIsLeftToHash() throws Exception {
        write("read", new byte[] {1, 2, 3});
        write("a", new byte[100]);
        write("deep/b", new byte[50]);
        try (TestFolderSource source = new TestFolderSource(evidence)) {
            source.open(source.file("/read").orElseThrow()).close();
            List<WorkProgress> reports = new ArrayList<>();
            source.hashEverything((path, error) -> { }, () -> false, reports::add);

            assertThat(reports).first().isEqualTo(new WorkProgress("hashing", 0, 2, 0, 150));
            assertThat(reports).last().isEqualTo(new WorkProgress("hashing", 2, 2, 150, 150));
            assertThat(reports).hasSize(3).filteredOn(WorkProgress::finished).hasSize(1);
            assertThat(reports).extracting(WorkProgress::percent).isSorted();
        }
    }

    @Test
    void hashEverythingNeitherFollowsLinksNorLeavesTheFolder(@TempDir Path outside) throws Exception {
        write("a", new byte[] {1});
        Path secret = Files.write(outside.resolve("secret"), new byte[] {2});
        Files.createSymbolicLink(evidence.resolve("link-to-file"), secret);
        Files.createSymbolicLink(evidence.resolve("link-to-folder"), outside);
        try (TestFolderSource source = new TestFolderSource(evidence)) {
            List<Path> problems = new ArrayList<>();
            source.hashEverything((path, error) -> problems.add(path), () -> false);
            assertThat(problems).isEmpty();
            assertThat(source.hashes()).containsOnlyKeys(evidence.resolve("a").toString());
        }
    }

    @Test
    void reportsTheModificationTimeOfAFolderFileAndNotTheCopysOtherTimes() throws Exception {
        write("a", new byte[] {1});
        Instant modified = Instant.parse("2021-07-18T10:00:00Z");
        Files.setLastModifiedTime(evidence.resolve("a"), FileTime.from(modified));
        try (TestFolderSource source = new TestFolderSource(evidence)) {
            assertThat(source.times(source.file("/a").orElseThrow())).isEqualTo(new FileTimes(modified, null, null));
        }
    }

    @Test
    void hashEverythingStopsWhenCancelled() throws Exception {
        write("a", new byte[] {1});
        try (TestFolderSource source = new TestFolderSource(evidence)) {
            source.hashEverything((path, error) -> { }, () -> true);
            assertThat(source.hashes()).isEmpty();
        }
    }

    @Test
    void makesScratchNamesSafe() {
        assertThat(FolderSource.safeName("..")).isEqualTo("file");
        assertThat(FolderSource.safeName("")).isEqualTo("file");
        assertThat(FolderSource.safeName("a\\b:c")).isEqualTo("a_b_c");
        assertThat(FolderSource.safeName("sms.db")).isEqualTo("sms.db");
    }

    private Path write(String relative, byte[] content) throws IOException {
        Path file = evidence.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
