package org.spyglass.ios.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.plist.Plists;
import org.spyglass.core.source.FileTimes;
import org.spyglass.ios.backup.BackupSource.ContainerFile;
import org.spyglass.ios.testing.BackupBuilder;

class ManifestRowsTest {
    private static final FileTimes TIMES = new FileTimes(Instant.parse("2021-07-01T10:00:00Z"),
            Instant.parse("2021-07-02T10:00:00Z"), Instant.parse("2021-06-30T10:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void streamsFilesFoldersAndLinksWithFlagsStorageAndDecodedTimes() throws Exception {
        Path backup = BackupBuilder.in(dir)
                .directory("HomeDomain", "Library/Notes")
                .file("HomeDomain", "Library/Notes/a.txt", bytes("abc"), TIMES)
                .symlink("HomeDomain", "Library/Notes/latest", "a.txt")
                .missingFile("HomeDomain", "Library/Notes/gone.txt")
                .build();
        List<ManifestRow> rows = new ArrayList<>();
        try (BackupSource source = BackupSource.open(backup); ManifestRows manifest = source.manifestRows()) {
            for (ManifestRow row = manifest.next(); row != null; row = manifest.next()) {
                rows.add(row);
            }
        }

        assertThat(rows).extracting(ManifestRow::relativePath).containsExactly("Library/Notes",
                "Library/Notes/a.txt", "Library/Notes/latest", "Library/Notes/gone.txt");
        assertThat(rows).extracting(ManifestRow::flags).containsExactly(2L, 1L, 4L, 1L);
        assertThat(rows).extracting(ManifestRow::stored).containsExactly(false, true, false, false);
        assertThat(rows).extracting(ManifestRow::isMissing).containsExactly(false, false, false, true);
        ManifestRow file = rows.get(1);
        assertThat(file.fileId()).isEqualTo(BackupFileIds.of("HomeDomain", "Library/Notes/a.txt"));
        assertThat(file.devicePath()).isEqualTo("/private/var/mobile/Library/Notes/a.txt");
        BackupFileInfo info = file.info().orElseThrow();
        assertThat(info.lastModified()).isEqualTo(TIMES.modified());
        assertThat(info.lastStatusChange()).isEqualTo(TIMES.statusChanged());
        assertThat(info.birth()).isEqualTo(TIMES.birth());
        assertThat(info.size()).isEqualTo(3L);
        assertThat(rows.get(0).info().orElseThrow().mode()).isEqualTo(040755L);
        assertThat(rows.get(2).info().orElseThrow().mode()).isEqualTo(0120755L);
    }

    @Test
    void refusesABlobThatIsNotAnArchivedFile() {
        ManifestRow row = new ManifestRow("00".repeat(20), "HomeDomain", "x", 1L, bytes("not a plist"), true);

        assertThatThrownBy(row::info).isInstanceOf(PlistException.class);
        assertThat(new ManifestRow(null, null, "x", null, null, false).devicePath()).isNull();
    }

    @Test
    void readsTheBackupsOwnInfoPlistWithItsApplications() throws Exception {
        Path backup = BackupBuilder.in(dir).info("Device Name", "Tester")
                .application("com.example.notes", Map.of("softwareVersionBundleId", "com.example.notes",
                        "purchaseDate", Instant.parse("2021-05-01T08:00:00Z")))
                .build();
        try (BackupSource source = BackupSource.open(backup)) {
            NSDictionary info = source.containerPlist(ContainerFile.INFO_PLIST).orElseThrow();
            assertThat(info.get("Device Name").toJavaObject()).isEqualTo("Tester");
            NSDictionary app = (NSDictionary) ((NSDictionary) info.get("Applications")).get("com.example.notes");
            Object metadata = Plists.toJava(Plists.parse(((NSData) app.get("iTunesMetadata")).bytes()));
            assertThat(metadata).isEqualTo(Map.of("softwareVersionBundleId", "com.example.notes",
                    "purchaseDate", Instant.parse("2021-05-01T08:00:00Z")));
            assertThat(((NSData) app.get("PlaceholderIcon")).bytes()).isEqualTo(BackupBuilder.ICON);
            assertThat(Plists.toJava(info.get("Installed Applications"))).isEqualTo(List.of("com.example.notes"));
            assertThat(source.containerPath(ContainerFile.STATUS_PLIST)).isEqualTo(source.root()
                    .resolve("Status.plist"));
            assertThat(source.hashes()).containsKey(source.containerPath(ContainerFile.INFO_PLIST).toString());
        }
    }

    @Test
    void saysNothingOfAContainerPlistTheFolderLacks() throws Exception {
        Path backup = BackupBuilder.in(dir).build();
        Files.delete(backup.resolve("Status.plist"));
        try (BackupSource source = BackupSource.open(backup)) {
            assertThat(source.containerPlist(ContainerFile.STATUS_PLIST)).isEmpty();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
