package org.spyglass.android.intrusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spyglass.android.testing.IntrusionLogBuilder.MILLIS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.testing.IntrusionLogBuilder;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.SourceKind;

class IntrusionLogSourceTest {
    @TempDir
    Path dir;

    private static IntrusionLogBuilder mixed() {
        return IntrusionLogBuilder.create()
                .dns(MILLIS, "example.org", "com.app", "93.184.216.34")
                .line("not json at all")
                .line("{\"future_event\":{\"event_time\":1}}")
                .line("{\"future_event\":{\"event_time\":2}}")
                .connect(MILLIS, "93.184.216.34", 443, "com.app")
                .file("nested/more.ndjson").security(MILLIS * 1_000_000L, "os_startup", "{}")
                .cut("{\"dns_event\":{\"hostname\":\"cut.exa")
                .file("notes.txt").line("These are my notes, not a log.")
                .file("old.zip").line("PK");
    }

    @Test
    void listsOnlyTheNdjsonFilesAndCountsEventsByType() throws Exception {
        try (IntrusionLogSource source = IntrusionLogSource.open(mixed().writeFolder(dir, "logs"))) {
            assertThat(source.kind()).isEqualTo(SourceKind.ANDROID_INTRUSION_LOGS);
            assertThat(source.find(IntrusionLogSource.EVERY_FILE)).extracting(EvidenceFile::devicePath)
                    .containsExactly("/" + IntrusionLogBuilder.DEFAULT_FILE, "/nested/more.ndjson");
            assertThat(source.file("/notes.txt")).isEmpty();
            assertThat(source.deviceInfo()).containsEntry("intrusion_log_files", "2")
                    .containsEntry("dns_events", "1").containsEntry("connect_events", "1")
                    .containsEntry("security_events", "1");
        }
    }

    @Test
    void warnsOnceAboutEachKindOfBadInput() throws Exception {
        try (IntrusionLogSource source = IntrusionLogSource.open(mixed().writeFolder(dir, "logs"))) {
            assertThat(source.warnings()).extracting(w -> w.location() + ": " + w.message()).containsExactlyInAnyOrder(
                    "/" + IntrusionLogBuilder.DEFAULT_FILE + ": 1 line(s) are not one JSON event (cut in half, or "
                            + "not JSON) and were skipped, the first at line 2",
                    "/nested/more.ndjson: 1 line(s) are not one JSON event (cut in half, or not JSON) and were "
                            + "skipped, the first at line 2",
                    "/notes.txt: the file is not NDJSON (its first line is not a JSON object) and was skipped",
                    "/old.zip: named .zip but not a zip: not read",
                    "/" + IntrusionLogBuilder.DEFAULT_FILE + ": 2 event(s) of the unknown type \"future_event\" "
                            + "were skipped (a newer Android version may write it)");
        }
    }

    @Test
    void readsAZipAndNamesItsMembersInTheHashes() throws Exception {
        Path zip = mixed().writeZip(dir, "logs.zip");
        try (IntrusionLogSource source = IntrusionLogSource.open(zip)) {
            assertThat(source.root()).isEqualTo(zip.toRealPath());
            assertThat(source.find(IntrusionLogSource.EVERY_FILE)).hasSize(2);
            assertThat(source.hashes().keySet())
                    .anySatisfy(k -> assertThat(k).endsWith("logs.zip!/" + IntrusionLogBuilder.DEFAULT_FILE));
        }
    }

    @Test
    void refusesAFolderWithoutNdjsonAndAFileThatIsNeitherZipNorNdjson() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("readme.txt"), "hello", StandardCharsets.UTF_8);
        Path text = Files.writeString(dir.resolve("log.pdf"), "%PDF", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> IntrusionLogSource.open(empty)).isInstanceOf(SpyglassException.class)
                .hasMessageContaining("no NDJSON").extracting(e -> ((SpyglassException) e).exitCode())
                .isEqualTo(ExitCode.INPUT_ERROR);
        assertThatThrownBy(() -> IntrusionLogSource.open(text)).isInstanceOf(SpyglassException.class)
                .hasMessageContaining("no NDJSON");
        assertThatThrownBy(() -> IntrusionLogSource.open(dir.resolve("missing")))
                .isInstanceOf(SpyglassException.class).hasMessageContaining("does not exist");
    }

    @Test
    void readsOneNdjsonFileGivenAloneAndNothingBesideIt() throws Exception {
        Path folder = IntrusionLogBuilder.create().dns(MILLIS, "example.org", "com.app")
                .connect(MILLIS, "93.184.216.34", 443, "com.app")
                .file("beside.txt").dns(MILLIS, "other.example", "com.app").writeFolder(dir, "logs");
        Path file = folder.resolve(IntrusionLogBuilder.DEFAULT_FILE);

        try (IntrusionLogSource source = IntrusionLogSource.open(file)) {
            assertThat(source.root()).isEqualTo(file.toRealPath());
            assertThat(source.find(IntrusionLogSource.EVERY_FILE)).extracting(EvidenceFile::devicePath)
                    .containsExactly("/" + IntrusionLogBuilder.DEFAULT_FILE);
            assertThat(source.deviceInfo()).containsEntry("intrusion_log_files", "1").containsEntry("dns_events", "1");
            source.hashEverything((path, e) -> { }, () -> false);
            assertThat(source.hashes()).containsOnlyKeys(file.toRealPath().toString());
        }
    }

    @Test
    void readsTheZipsInsideTheLogsOneLevelDeep() throws Exception {
        Path folder = IntrusionLogBuilder.create().dns(MILLIS, "today.example", "com.app").writeFolder(dir, "logs");
        IntrusionLogBuilder.create().dns(MILLIS - 86_400_000L, "yesterday.example", "com.app")
                .file("deeper/inner.zip").line("PK")
                .writeZip(folder, "2026-05-03.zip");

        try (IntrusionLogSource source = IntrusionLogSource.open(folder)) {
            assertThat(source.find(IntrusionLogSource.EVERY_FILE)).extracting(EvidenceFile::devicePath)
                    .containsExactly("/2026-05-03.zip!/" + IntrusionLogBuilder.DEFAULT_FILE,
                            "/" + IntrusionLogBuilder.DEFAULT_FILE);
            assertThat(source.deviceInfo()).containsEntry("intrusion_log_files", "2").containsEntry("dns_events", "2");
            assertThat(source.warnings()).extracting(w -> w.location() + ": " + w.message()).containsExactly(
                    "/2026-05-03.zip!/deeper/inner.zip: a zip inside a zip of the intrusion logs is not read (one "
                            + "level only): extract it and check it on its own");
            try (var in = source.open(new EvidenceFile("/2026-05-03.zip!/" + IntrusionLogBuilder.DEFAULT_FILE,
                    null, null, null))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("yesterday.example");
            }
            assertThat(source.hashes()).containsKey(folder.resolve("2026-05-03.zip").toRealPath().toString())
                    .containsKey(folder.resolve("2026-05-03.zip").toRealPath() + "!/"
                            + IntrusionLogBuilder.DEFAULT_FILE);
        }
    }

    @Test
    void hashesTheMembersReadFromAZipInsideAZippedExport() throws Exception {
        Path inner = IntrusionLogBuilder.create().dns(MILLIS, "yesterday.example", "com.app")
                .writeZip(dir, "2026-05-03.zip");
        Path outer = IntrusionLogBuilder.create().dns(MILLIS, "today.example", "com.app")
                .file("2026-05-03.zip").line("placeholder").writeZip(dir, "export.zip");
        rewriteMember(outer, "2026-05-03.zip", Files.readAllBytes(inner));
        String member = "2026-05-03.zip!/" + IntrusionLogBuilder.DEFAULT_FILE;

        try (IntrusionLogSource source = IntrusionLogSource.open(outer)) {
            byte[] read;
            try (var in = source.open(new EvidenceFile("/" + member, null, null, null))) {
                read = in.readAllBytes();
            }
            assertThat(new String(read, StandardCharsets.UTF_8)).contains("yesterday.example");
            assertThat(source.hashes()).containsEntry(outer.toRealPath() + "!/" + member,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(read)))
                    .containsKey(outer.toRealPath() + "!/2026-05-03.zip").containsKey(outer.toRealPath().toString());
        }
    }

    /** Rewrites {@code zip} with the member {@code name} holding {@code content} instead. */
    private static void rewriteMember(Path zip, String name, byte[] content) throws IOException {
        Path rewritten = zip.resolveSibling(zip.getFileName() + ".new");
        try (ZipFile in = new ZipFile(zip.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals(name) ? content : in.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
        }
        Files.move(rewritten, zip, StandardCopyOption.REPLACE_EXISTING);
    }
}
