package org.spyglass.ios.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.FileTimes;
import org.spyglass.core.source.SourceKind;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;

class BackupSourceTest {
    @TempDir
    Path dir;

    @Test
    void looksFilesUpByDevicePathDomainAndGlob() throws Exception {
        Path backup = BackupBuilder.in(dir)
                .file("HomeDomain", "Library/Safari/Profiles/Work/History.db", bytes("w"))
                .file("HomeDomain", "Library/Safari/Profiles/Home/History.db", bytes("h"))
                .file("AppDomain-com.example.app", "Documents/a.txt", bytes("a"))
                .build();
        try (BackupSource source = BackupSource.open(backup)) {
            assertThat(source.kind()).isEqualTo(SourceKind.IOS_BACKUP);
            assertThat(source.fileCount()).isEqualTo(3);
            EvidenceFile work = source.file("/private/var/mobile/Library/Safari/Profiles/Work/History.db")
                    .orElseThrow();
            assertThat(work).isEqualTo(new EvidenceFile("/private/var/mobile/Library/Safari/Profiles/Work/History.db",
                    "HomeDomain", "Library/Safari/Profiles/Work/History.db",
                    BackupFileIds.of("HomeDomain", "Library/Safari/Profiles/Work/History.db")));
            assertThat(source.file("HomeDomain", "Library/Safari/Profiles/Work/History.db")).contains(work);
            assertThat(source.file("MediaDomain", "Library/Safari/Profiles/Work/History.db")).isEmpty();
            assertThat(source.find("/private/var/mobile/Library/Safari/Profiles/*/History.db"))
                    .extracting(EvidenceFile::relativePath)
                    .containsExactly("Library/Safari/Profiles/Home/History.db",
                            "Library/Safari/Profiles/Work/History.db");
            assertThat(source.find("/private/var/mobile/Containers/Data/Application/*/Documents/**"))
                    .extracting(EvidenceFile::domain).containsExactly("AppDomain-com.example.app");
            List<String> all = new ArrayList<>();
            source.forEachFile(file -> all.add(file.devicePath()));
            assertThat(all).hasSize(3);
            try (InputStream in = source.open(work)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("w");
            }
        }
    }

    @Test
    void decodesTheFileMetadataFromTheManifestBlob() throws Exception {
        Path backup = BackupBuilder.in(dir).file("HomeDomain", "Library/x.plist", bytes("12345")).build();
        try (BackupSource source = BackupSource.open(backup)) {
            BackupFileInfo info = source.fileInfo(source.file("HomeDomain", "Library/x.plist").orElseThrow())
                    .orElseThrow();
            assertThat(info.size()).isEqualTo(5L);
            assertThat(info.mode()).isEqualTo(0100644L);
            assertThat(info.userId()).isEqualTo(501L);
            assertThat(info.lastModified()).isEqualTo(BackupBuilder.MODIFIED);
            assertThat(info.birth()).isEqualTo(BackupBuilder.MODIFIED);
        }
    }

    @Test
    void reportsTheManifestTimesOfAFile() throws Exception {
        Instant modified = Instant.parse("2021-07-18T10:00:00Z");
        Instant changed = Instant.parse("2021-07-18T11:00:00Z");
        Instant born = Instant.parse("2021-07-01T09:00:00Z");
        Path backup = BackupBuilder.in(dir).file("HomeDomain", "Library/x.plist", bytes("12345"),
                new FileTimes(modified, changed, born)).build();
        try (BackupSource source = BackupSource.open(backup)) {
            assertThat(source.times(source.file("HomeDomain", "Library/x.plist").orElseThrow()))
                    .isEqualTo(new FileTimes(modified, changed, born));
        }
    }

    @Test
    void reportsTheDeviceAsTheBackupDescribesIt() throws Exception {
        Path backup = BackupBuilder.in(dir).info("Phone Number", "+1 555 0100").build();
        try (BackupSource source = BackupSource.open(backup)) {
            assertThat(source.deviceInfo())
                    .containsEntry("device_name", "Test iPhone")
                    .containsEntry("product_type", "iPhone12,1")
                    .containsEntry("ios_version", "14.8")
                    .containsEntry("build_version", "18H17")
                    .containsEntry("backup_date", "2021-07-18T12:00:00Z")
                    .containsEntry("serial_number", "TEST00000001")
                    .containsEntry("imei", "000000000000002")
                    .containsEntry("phone_number", "+1 555 0100")
                    .containsEntry("encrypted", "false");
        }
    }

    @Test
    void fallsBackToManifestPlistWhenInfoPlistLacksAKey() throws Exception {
        Path backup = BackupBuilder.in(dir).info("Product Version", null).info("Device Name", null).build();
        try (BackupSource source = BackupSource.open(backup)) {
            assertThat(source.deviceInfo()).containsEntry("ios_version", "14.8")
                    .containsEntry("device_name", "Test iPhone");
        }
    }

    @Test
    void refusesAnEncryptedBackupWithOneSentenceAndAnInputError() throws Exception {
        Path backup = BackupBuilder.in(dir).encrypted().build();
        assertThatThrownBy(() -> BackupSource.open(backup))
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_ERROR))
                .hasMessageStartingWith(backup.toRealPath() + " is an encrypted backup")
                .hasMessageContaining("Decrypt it first with `spyglass ios decrypt-backup`");
    }

    @Test
    void treatsAManifestDbThatIsNotSqliteAsEncrypted() throws Exception {
        Path backup = BackupBuilder.in(dir).build();
        Files.write(backup.resolve("Manifest.db"), "encrypted bytes, not SQLite".repeat(200)
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> BackupSource.open(backup))
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_ERROR))
                .hasMessageContaining("is an encrypted backup (its Manifest.db is not readable as SQLite)");
    }

    @Test
    void findsTheBackupOneFolderDown() throws Exception {
        Path backup = BackupBuilder.in(dir.resolve("Backup")).udid("00000000000000000000000000000000000000bb")
                .file("HomeDomain", "a", bytes("a")).build();
        Files.createDirectories(dir.resolve("Backup/not-a-backup"));
        try (BackupSource source = BackupSource.open(dir.resolve("Backup"))) {
            assertThat(source.root()).isEqualTo(backup.toRealPath());
        }
    }

    @Test
    void refusesAFolderWithoutABackupSayingWhatToPointTo() throws Exception {
        Files.createDirectories(dir.resolve("x/y"));
        assertThatThrownBy(() -> BackupSource.open(dir.resolve("x")))
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_ERROR))
                .hasMessage(dir.resolve("x") + " is not an iOS backup folder: it holds no Manifest.db. Point to the "
                        + "folder that holds Manifest.db and Info.plist (its name is the device's UDID).");
    }

    @Test
    void refusesToGuessAmongSeveralBackups() throws Exception {
        BackupBuilder.in(dir).udid("00000000000000000000000000000000000000b1").build();
        BackupBuilder.in(dir).udid("00000000000000000000000000000000000000b2").build();
        assertThatThrownBy(() -> BackupSource.open(dir))
                .isInstanceOf(SpyglassException.class)
                .hasMessageContaining("holds 2 iOS backups").hasMessageContaining("Point to one of them");
    }

    @Test
    void aListedButMissingFileIsFoundButOpeningItSaysItIsMissing() throws Exception {
        Path backup = BackupBuilder.in(dir).missingFile("HomeDomain", "Library/gone.db").build();
        try (BackupSource source = BackupSource.open(backup)) {
            EvidenceFile gone = source.file("/private/var/mobile/Library/gone.db").orElseThrow();
            assertThatThrownBy(() -> source.open(gone)).isInstanceOf(FileNotFoundException.class)
                    .hasMessageContaining("/private/var/mobile/Library/gone.db is listed in the evidence but its "
                            + "content is missing");
        }
    }

    @Test
    void skipsManifestRowsWhoseFileIdCouldEscapeTheBackupFolder() throws Exception {
        Path backup = BackupBuilder.in(dir).file("HomeDomain", "ok", bytes("ok")).build();
        SqlScript.run(backup.resolve("Manifest.db"),
                "INSERT INTO Files VALUES ('../../../../etc/passwd', 'HomeDomain', 'evil', 1, NULL)");
        try (BackupSource source = BackupSource.open(backup)) {
            assertThat(source.fileCount()).isEqualTo(1);
            assertThat(source.malformedRows()).isEqualTo(1);
            assertThat(source.file("/private/var/mobile/evil")).isEmpty();
        }
    }

    @Test
    void hashesTheContainerFilesAndEveryFileHandedOutAndRemovesItsScratchOnClose() throws Exception {
        Path backup = BackupBuilder.in(dir).file("HomeDomain", "a", bytes("a")).build();
        BackupSource source = BackupSource.open(backup);
        Path scratch = source.scratch();
        source.open(source.file("HomeDomain", "a").orElseThrow()).close();
        Path real = backup.toRealPath();
        assertThat(source.hashes()).containsKeys(real.resolve("Manifest.db").toString(),
                real.resolve("Info.plist").toString(), real.resolve("Manifest.plist").toString(),
                real.resolve(BackupFileIds.storagePath(BackupFileIds.of("HomeDomain", "a"))).toString());
        source.close();
        assertThat(scratch).doesNotExist();
    }

    @Test
    void indexesManyFilesWithoutTrouble() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir);
        for (int i = 0; i < 2000; i++) {
            builder.missingFile(i % 2 == 0 ? "HomeDomain" : "MediaDomain", "Library/f" + i);
        }
        try (BackupSource source = BackupSource.open(builder.build())) {
            assertThat(source.fileCount()).isEqualTo(2000);
            assertThat(source.find("/private/var/mobile/Library/f1*")).hasSize(1111);
            assertThat(source.file("MediaDomain", "Library/f1999")).isPresent();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Instant at(String text) {
        return Instant.parse(text);
    }
}
