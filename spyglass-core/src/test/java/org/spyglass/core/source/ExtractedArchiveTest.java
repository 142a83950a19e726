package org.spyglass.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.archive.NotAnArchiveException;
import org.spyglass.core.module.Warning;
import org.spyglass.core.testing.ArchiveBuilder;

class ExtractedArchiveTest {
    @TempDir
    Path dir;

    @Test
    void extractsIntoAPrivateFolderOutsideTheEvidenceAndRemovesItOnClose() throws Exception {
        Path archive = ArchiveBuilder.create().file("top/a.txt", "alpha").file("top/b/c.txt", "gamma")
                .writeTarGz(dir.resolve("evidence.tar.gz"));

        Path folder;
        try (ExtractedArchive extracted = ExtractedArchive.extract(archive)) {
            folder = extracted.folder();
            assertThat(folder.startsWith(dir)).isFalse();
            assertThat(Files.readString(folder.resolve("top/b/c.txt"), StandardCharsets.UTF_8)).isEqualTo("gamma");
            assertThat(extracted.warnings()).isEmpty();
            assertThat(extracted.archive()).isEqualTo(archive);
        }
        assertThat(folder).doesNotExist();
        assertThat(Files.list(dir)).containsExactly(archive);
    }

    @Test
    void namesTheFilesReadAsArchiveMembersAndAddsTheArchivesOwnHash() throws Exception {
        Path archive = ArchiveBuilder.create().file("top/a.txt", "alpha").writeZip(dir.resolve("evidence.zip"));

        try (ExtractedArchive extracted = ExtractedArchive.extract(archive)) {
            Map<String, String> named = extracted.hashes(Map.of(
                    extracted.folder().resolve("top/a.txt").toString(), "aa", "/elsewhere/file", "bb"));

            assertThat(named).containsEntry(archive + "!/top/a.txt", "aa").containsEntry("/elsewhere/file", "bb")
                    .containsKey(archive.toString()).hasSize(3);
            assertThat(named.get(archive.toString())).hasSize(64);
        }
    }

    @Test
    void reportsRefusedMembersAsEvidenceWarnings() throws Exception {
        Path archive = ArchiveBuilder.create().file("top/ok.txt", "fine").file("../escape.txt", "no")
                .writeTar(dir.resolve("evidence.tar"));

        try (ExtractedArchive extracted = ExtractedArchive.extract(archive)) {
            assertThat(Files.exists(extracted.folder().resolve("top/ok.txt"))).isTrue();
            assertThat(extracted.warnings()).isNotEmpty()
                    .allSatisfy(w -> assertThat(w.module()).isEqualTo(Source.WARNING_MODULE))
                    .extracting(Warning::message).anyMatch(m -> m.contains("escape"));
        }
        assertThat(dir.resolveSibling("escape.txt")).doesNotExist();
    }

    @Test
    void refusesAFileThatIsNotAnArchiveAndLeavesNoScratch() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "just text, not an archive at all");

        assertThatThrownBy(() -> ExtractedArchive.extract(text)).isInstanceOf(NotAnArchiveException.class);
        assertThat(Files.list(dir)).containsExactly(text);
    }
}
