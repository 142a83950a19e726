package org.spyglass.ios.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spyglass.ios.testing.BackupBuilder.smsHandle;
import static org.spyglass.ios.testing.BackupBuilder.smsMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.FileTimes;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.ios.backup.crypto.BackupKey;
import org.spyglass.ios.testing.BackupBuilder;
import org.spyglass.ios.testing.BackupEncryptor;

class EncryptedBackupSourceTest {
    private static final String PASSWORD = "pässwörd🔒";
    private static final Instant WHEN = Instant.parse("2019-07-05T14:03:27Z");
    private static final String NOTE = "Library/Notes/note.txt";

    @TempDir
    Path dir;

    private final AtomicInteger asked = new AtomicInteger();

    private BackupSource.KeyProvider password(String value) {
        return (folder, keybag) -> {
            asked.incrementAndGet();
            return BackupKey.derive(keybag, value.getBytes(StandardCharsets.UTF_8));
        };
    }

    private Path backup(BackupEncryptor encryptor) throws IOException {
        return BackupBuilder.in(dir.resolve("evidence"))
                .smsDbWithWal(smsHandle(1, "+15550142") + smsMessage(1, 1, "first", false, WHEN, null),
                        smsMessage(2, 1, "in the wal", false, WHEN, null))
                .file("HomeDomain", NOTE, bytes("sixteen bytes!!!"))
                .file("HomeDomain", "Library/empty", new byte[0])
                .encryptedWith(encryptor)
                .build();
    }

    @Test
    void readsEveryFileAsPlainAndSqliteWithItsWal() throws Exception {
        Path backup = backup(BackupEncryptor.withPassword(PASSWORD));
        assertThat(Files.readAllBytes(backup.resolve(storage("HomeDomain", NOTE)))).hasSize(32)
                .isNotEqualTo(bytes("sixteen bytes!!!"));

        try (BackupSource source = BackupSource.open(backup, password(PASSWORD))) {
            assertThat(source.encrypted()).isTrue();
            assertThat(source.fileCount()).isEqualTo(5);
            assertThat(read(source, "/private/var/mobile/" + NOTE)).isEqualTo("sixteen bytes!!!");
            assertThat(read(source, "/private/var/mobile/Library/empty")).isEmpty();
            EvidenceFile sms = source.file("/private/var/mobile/Library/SMS/sms.db").orElseThrow();
            try (EvidenceDatabase database = EvidenceDatabase.open(source.sqliteCopy(sms));
                 Rows rows = database.query("SELECT text FROM message ORDER BY ROWID")) {
                List<String> texts = new ArrayList<>();
                while (rows.next()) {
                    texts.add(rows.getString("text"));
                }
                assertThat(texts).containsExactly("first", "in the wal");
            }
            assertThat(source.times(sms)).isEqualTo(FileTimes.all(BackupBuilder.MODIFIED));
            assertThat(source.deviceInfo()).containsEntry("encrypted", "true");
        }
        assertThat(asked).hasValue(1);
    }

    @Test
    void hashesTheEncryptedFilesAsStoredNotTheirPlaintext() throws Exception {
        Path backup = backup(BackupEncryptor.withPassword(PASSWORD));
        Path stored = backup.resolve(storage("HomeDomain", NOTE)).toRealPath();

        try (BackupSource source = BackupSource.open(backup, password(PASSWORD))) {
            read(source, "/private/var/mobile/" + NOTE);
            Map<String, String> hashes = source.hashes();
            assertThat(hashes).containsEntry(stored.toString(), sha256(Files.readAllBytes(stored)))
                    .containsEntry(backup.resolve("Manifest.db").toRealPath().toString(),
                            sha256(Files.readAllBytes(backup.resolve("Manifest.db"))));
        }
    }

    @Test
    void decryptsOnlyIntoTheScratchFolderAndRemovesItOnClose() throws Exception {
        Path backup = backup(BackupEncryptor.withPassword(PASSWORD));
        Map<String, String> before = EvidenceUntouchedTest.snapshot(dir.resolve("evidence"));
        Path scratch;

        try (BackupSource source = BackupSource.open(backup, password(PASSWORD))) {
            scratch = source.scratch();
            List<EvidenceFile> files = new ArrayList<>();
            source.forEachFile(files::add);
            for (EvidenceFile file : files) {
                source.localCopy(file);
                source.sqliteCopy(file);
            }
            assertThat(source.manifestDatabase()).startsWith(scratch);
        }

        assertThat(scratch).doesNotExist();
        assertThat(EvidenceUntouchedTest.snapshot(dir.resolve("evidence"))).isEqualTo(before);
    }

    @Test
    void refusesAWrongPasswordWithOneSentenceBeforeDecryptingAnything() throws Exception {
        Path backup = backup(BackupEncryptor.withPassword(PASSWORD));

        assertThatThrownBy(() -> BackupSource.open(backup, password("passwörd🔒")))
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_ERROR))
                .hasMessage("The password (or key file) does not open the encrypted backup " + backup.toRealPath()
                        + " (the key unwrap integrity check failed). Check the password and try again; nothing was "
                        + "decrypted.");
    }

    @Test
    void opensTheSchemeOfIosBefore102WithAPlainManifestDb() throws Exception {
        Path backup = backup(BackupEncryptor.withPassword(PASSWORD).beforeIos10_2());

        try (BackupSource source = BackupSource.open(backup, password(PASSWORD))) {
            assertThat(source.encrypted()).isTrue();
            assertThat(read(source, "/private/var/mobile/" + NOTE)).isEqualTo("sixteen bytes!!!");
        }
    }

    @Test
    void reportsAFileWithoutKeyAndStillDecryptsTheOthers() throws Exception {
        Path backup = backup(BackupEncryptor.withPassword(PASSWORD).withoutKey("HomeDomain", "Library/empty"));

        try (BackupSource source = BackupSource.open(backup, password(PASSWORD))) {
            assertThatThrownBy(() -> read(source, "/private/var/mobile/Library/empty"))
                    .isInstanceOf(IOException.class)
                    .hasMessage("/private/var/mobile/Library/empty cannot be decrypted: its Manifest.db record lacks "
                            + "its EncryptionKey");
            assertThat(read(source, "/private/var/mobile/" + NOTE)).isEqualTo("sixteen bytes!!!");
        }
    }

    @Test
    void reportsATruncatedFileAndStillDecryptsTheOthers() throws Exception {
        Path backup = backup(BackupEncryptor.withPassword(PASSWORD));
        Path stored = backup.resolve(storage("HomeDomain", NOTE));
        Files.write(stored, Arrays.copyOf(Files.readAllBytes(stored), 10));

        try (BackupSource source = BackupSource.open(backup, password(PASSWORD))) {
            assertThatThrownBy(() -> read(source, "/private/var/mobile/" + NOTE)).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("/private/var/mobile/" + NOTE + " is truncated: the backup records 16 "
                            + "bytes");
            EvidenceFile sms = source.file("/private/var/mobile/Library/SMS/sms.db").orElseThrow();
            assertThat(source.sqliteCopy(sms)).exists();
        }
    }

    @Test
    void refusesAnEncryptedBackupWhoseManifestPlistHasNoKeybag() throws Exception {
        Path backup = BackupBuilder.in(dir).encrypted().build();

        assertThatThrownBy(() -> BackupSource.open(backup, password(PASSWORD)))
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_ERROR))
                .hasMessageContaining("holds no BackupKeyBag");
        assertThat(asked).hasValue(0);
    }

    @Test
    void doesNotAskForAKeyWhenTheBackupIsPlain() throws Exception {
        Path backup = BackupBuilder.in(dir).file("HomeDomain", NOTE, bytes("plain")).build();

        try (BackupSource source = BackupSource.open(backup, password(PASSWORD))) {
            assertThat(source.encrypted()).isFalse();
            assertThat(read(source, "/private/var/mobile/" + NOTE)).isEqualTo("plain");
        }
        assertThat(asked).hasValue(0);
    }

    @Test
    void stillRefusesAnEncryptedBackupWithoutAKeyProvider() throws Exception {
        Path backup = backup(BackupEncryptor.withPassword(PASSWORD));

        assertThatThrownBy(() -> BackupSource.open(backup))
                .isInstanceOf(SpyglassException.class).hasMessageContaining("is an encrypted backup");
    }

    private static String read(BackupSource source, String devicePath) throws IOException {
        try (InputStream in = source.open(source.file(devicePath).orElseThrow())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String storage(String domain, String relativePath) {
        return BackupFileIds.storagePath(BackupFileIds.of(domain, relativePath));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
