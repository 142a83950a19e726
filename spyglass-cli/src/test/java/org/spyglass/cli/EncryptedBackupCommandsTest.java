package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.testing.BackupBuilder.process;
import static org.spyglass.ios.testing.BackupBuilder.smsHandle;
import static org.spyglass.ios.testing.BackupBuilder.smsMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.ios.backup.BackupFileIds;
import org.spyglass.ios.testing.BackupBuilder;
import org.spyglass.ios.testing.BackupEncryptor;

class EncryptedBackupCommandsTest {
    private static final String PASSWORD = "pässwörd🔒";
    private static final Instant WHEN = Instant.parse("2019-07-05T14:03:27Z");

    @TempDir
    Path dir;

    private Path encryptedBackup(BackupEncryptor encryptor) throws IOException {
        return BackupBuilder.in(dir.resolve("evidence"))
                .smsDbWithWal(smsHandle(1, "+15550142") + smsMessage(1, 1, "hello", false, WHEN, null),
                        smsMessage(2, 1, "https://accountcanceled.com/x", false, WHEN, null))
                .dataUsage(BackupBuilder.DATAUSAGE_IOS14, process(1, "bh", null, WHEN, WHEN))
                .file("HomeDomain", "Library/Notes/note.txt", "a note".getBytes(StandardCharsets.UTF_8))
                .encryptedWith(encryptor)
                .build();
    }

    private Path passwordFile() throws IOException {
        return Files.writeString(dir.resolve("password.txt"), PASSWORD + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void checksAnEncryptedBackupDirectlyAndLeavesNoTraceOfThePasswordOrThePlaintext() throws Exception {
        Path backup = encryptedBackup(BackupEncryptor.withPassword(PASSWORD));
        Map<String, String> before = EvidenceSnapshot.of(dir.resolve("evidence"));
        Set<Path> scratchBefore = scratchFolders();

        CliRun run = CliRun.of("ios", "check-backup", backup.toString(), "-o", dir.resolve("out").toString(),
                "-Hp", PASSWORD);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(run.out()).contains("accountcanceled.com").contains("bh");
        assertThat(run.err()).contains("Deriving the key").contains("Derived the key in")
                .contains("warning: a password given with --password");
        assertThat(new ObjectMapper().readTree(dir.resolve("out/sms.json").toFile())).hasSize(2);
        assertThat(EvidenceSnapshot.of(dir.resolve("evidence"))).isEqualTo(before);
        assertThat(scratchFolders()).isSubsetOf(scratchBefore);
        assertPasswordAppearsNowhere(dir.resolve("out"), run);
        assertThat(Files.readString(dir.resolve("out/command.log"), StandardCharsets.UTF_8))
                .contains("-Hp ********");
    }

    @Test
    void recordsTheHashesOfTheEncryptedFilesAsStored() throws Exception {
        Path backup = encryptedBackup(BackupEncryptor.withPassword(PASSWORD));

        CliRun run = CliRun.of("ios", "check-backup", backup.toString(), "-o", dir.resolve("out").toString(),
                "--password-file", passwordFile().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ALERTS.code());
        Path sms = backup.resolve(BackupFileIds.storagePath(BackupFileIds.of("HomeDomain", "Library/SMS/sms.db")))
                .toRealPath();
        var hashes = new ObjectMapper().readTree(dir.resolve("out/info.json").toFile()).get("hashes");
        String recorded = null;
        for (var hash : hashes) {
            if (hash.get("file_path").asText().equals(sms.toString())) {
                recorded = hash.get("sha256").asText();
            }
        }
        assertThat(recorded).isEqualTo(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(sms))));
    }

    @Test
    void decryptsIntoAPlainTwinThatCheckBackupReadsLikeTheEncryptedOne() throws Exception {
        Path backup = encryptedBackup(BackupEncryptor.withPassword(PASSWORD));
        Map<String, String> before = EvidenceSnapshot.of(dir.resolve("evidence"));

        CliRun decrypt = CliRun.of("ios", "decrypt-backup", backup.toString(), "-d", dir.resolve("plain").toString(),
                "--password-file", passwordFile().toString(), "--threads", "3");
        CliRun plain = CliRun.of("ios", "check-backup", dir.resolve("plain").toString(), "-o",
                dir.resolve("plain-out").toString());
        CliRun direct = CliRun.of("ios", "check-backup", backup.toString(), "-o", dir.resolve("direct-out").toString(),
                "--password-file", passwordFile().toString());

        assertThat(decrypt.exitCode()).as(decrypt.err()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(decrypt.err()).contains("Decrypted 5 files into");
        assertThat(Files.readString(dir.resolve("plain").resolve(BackupFileIds.storagePath(
                BackupFileIds.of("HomeDomain", "Library/Notes/note.txt"))), StandardCharsets.UTF_8))
                .isEqualTo("a note");
        assertThat(plain.exitCode()).as(plain.err()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(plain.err()).doesNotContain("Deriving");
        for (String module : List.of("sms", "sms_detected", "datausage", "datausage_detected", "manifest")) {
            assertThat(Files.readString(dir.resolve("plain-out/" + module + ".json"), StandardCharsets.UTF_8))
                    .as(module)
                    .isEqualTo(Files.readString(dir.resolve("direct-out/" + module + ".json"), StandardCharsets.UTF_8));
        }
        assertThat(EvidenceSnapshot.of(dir.resolve("evidence"))).isEqualTo(before);
        assertPasswordAppearsNowhere(dir.resolve("plain"), decrypt);
    }

    @Test
    void extractsTheKeyThatOpensTheBackupWithoutThePassword() throws Exception {
        BackupEncryptor encryptor = BackupEncryptor.withPassword(PASSWORD);
        Path backup = encryptedBackup(encryptor);
        Path keyFile = dir.resolve("backup.key");

        CliRun printed = CliRun.of("ios", "extract-key", backup.toString(), "--password-file",
                passwordFile().toString());
        CliRun written = CliRun.of("ios", "extract-key", backup.toString(), "--password-file",
                passwordFile().toString(), "-k", keyFile.toString());
        CliRun decrypt = CliRun.of("ios", "decrypt-backup", backup.toString(), "-d", dir.resolve("plain").toString(),
                "--key-file", keyFile.toString());

        assertThat(printed.exitCode()).as(printed.err()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(printed.out().trim()).isEqualTo(encryptor.derivedKeyHex(backup)).hasSize(64);
        assertThat(written.exitCode()).as(written.err()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(Files.readString(keyFile, StandardCharsets.US_ASCII)).isEqualTo(printed.out().trim());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(decrypt.exitCode()).as(decrypt.err()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(decrypt.err()).contains("Using the backup key from").doesNotContain("Deriving");
    }

    @Test
    void refusesAWrongPasswordWithOneSentenceBeforeWritingAnything() throws Exception {
        Path backup = encryptedBackup(BackupEncryptor.withPassword(PASSWORD));

        CliRun check = CliRun.of("ios", "check-backup", backup.toString(), "-o", dir.resolve("out").toString(),
                "-p", "password");
        CliRun decrypt = CliRun.of("ios", "decrypt-backup", backup.toString(), "-d", dir.resolve("plain").toString(),
                "-p", "password");

        for (CliRun run : List.of(check, decrypt)) {
            assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
            assertThat(run.err()).contains("does not open the encrypted backup");
            assertOneSentenceWithoutStackTrace(run.err());
        }
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(dir.resolve("plain")).doesNotExist();
    }

    @Test
    void asksForAPasswordWithAUsageErrorWhenThereIsNoTerminal() throws Exception {
        Path backup = encryptedBackup(BackupEncryptor.withPassword(PASSWORD));

        CliRun run = CliRun.of("ios", "check-backup", backup.toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("no password was given");
        assertOneSentenceWithoutStackTrace(run.err());
    }

    @Test
    void warnsAboutAFileWithoutKeyAndATruncatedFileAndDecryptsTheOthers() throws Exception {
        Path backup = encryptedBackup(BackupEncryptor.withPassword(PASSWORD)
                .withoutKey("HomeDomain", "Library/Notes/note.txt"));
        Path sms = backup.resolve(BackupFileIds.storagePath(BackupFileIds.of("HomeDomain", "Library/SMS/sms.db")));
        Files.write(sms, java.util.Arrays.copyOf(Files.readAllBytes(sms), 1000));

        CliRun run = CliRun.of("ios", "decrypt-backup", backup.toString(), "-d", dir.resolve("plain").toString(),
                "--password-file", passwordFile().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(run.err()).contains("warning: /private/var/mobile/Library/Notes/note.txt cannot be decrypted: its "
                        + "Manifest.db record lacks its EncryptionKey")
                .contains("warning: /private/var/mobile/Library/SMS/sms.db is truncated")
                .contains("Decrypted 3 files").contains("2 could not be decrypted");
        assertThat(dir.resolve("plain").resolve(BackupFileIds.storagePath(BackupFileIds.of("HomeDomain",
                "Library/SMS/sms.db")))).doesNotExist();
    }

    @Test
    void showsTheDecryptionOnALiveLineOnATerminalAsPlainLinesOtherwiseAndNothingButErrorsWhenQuiet()
            throws Exception {
        Path backup = encryptedBackup(BackupEncryptor.withPassword(PASSWORD));

        CliRun live = CliRun.of("ios", "decrypt-backup", backup.toString(), "-d", dir.resolve("live").toString(),
                "--password-file", passwordFile().toString(), "--terminal", "always");
        CliRun plain = CliRun.of("ios", "decrypt-backup", backup.toString(), "-d", dir.resolve("plain").toString(),
                "--password-file", passwordFile().toString(), "--terminal", "never");
        CliRun quiet = CliRun.of("ios", "decrypt-backup", backup.toString(), "-d", dir.resolve("quiet").toString(),
                "--password-file", passwordFile().toString(), "--quiet", "--terminal", "always");

        for (CliRun run : List.of(live, plain, quiet)) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.COMPLETED.code());
        }
        assertThat(live.err()).contains("\rdecrypting: 0% (0 of 5 files)\u001b[K")
                .contains("decrypting: 100% (5 of 5 files, ").contains("Decrypted 5 files into");
        assertThat(plain.err()).doesNotContain("\r").contains("decrypting: 0% (0 of 5 files)")
                .contains("Decrypted 5 files into");
        assertThat(plain.err().lines().filter(l -> l.startsWith("decrypting: ")).count())
                .as("a few lines, not one per file").isBetween(2L, 5L);
        assertThat(quiet.err()).doesNotContain("decrypting").doesNotContain("Decrypted");
        assertThat(dir.resolve("quiet/Manifest.db")).isRegularFile();
    }

    @Test
    void refusesToDecryptABackupThatIsNotEncrypted() throws Exception {
        Path backup = BackupBuilder.in(dir.resolve("evidence")).file("HomeDomain", "a", new byte[1]).build();

        CliRun run = CliRun.of("ios", "decrypt-backup", backup.toString(), "-d", dir.resolve("plain").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(run.err()).contains("is not encrypted");
        assertOneSentenceWithoutStackTrace(run.err());
    }

    @Test
    void refusesADestinationInsideTheBackupOrNotEmpty() throws Exception {
        Path backup = encryptedBackup(BackupEncryptor.withPassword(PASSWORD));
        Map<String, String> before = EvidenceSnapshot.of(dir.resolve("evidence"));
        Files.writeString(Files.createDirectories(dir.resolve("full")).resolve("x"), "x", StandardCharsets.UTF_8);

        CliRun inside = CliRun.of("ios", "decrypt-backup", backup.toString(), "-d", backup.resolve("plain").toString(),
                "-p", PASSWORD);
        CliRun full = CliRun.of("ios", "decrypt-backup", backup.toString(), "-d", dir.resolve("full").toString(),
                "-p", PASSWORD);

        assertThat(inside.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(inside.err()).contains("overlaps the backup");
        assertThat(full.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(full.err()).contains("is not empty");
        assertThat(EvidenceSnapshot.of(dir.resolve("evidence"))).isEqualTo(before);
    }

    @Test
    void refusesAnEncryptedBackupWithoutManifestPlist() throws Exception {
        Path backup = encryptedBackup(BackupEncryptor.withPassword(PASSWORD));
        Path copy = Files.createDirectories(dir.resolve("copy/" + backup.getFileName()));
        try (Stream<Path> files = Files.walk(backup)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(backup.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("Manifest.plist")) {
                    Files.copy(file, target);
                }
            }
        }

        CliRun run = CliRun.of("ios", "check-backup", copy.toString(), "-o", dir.resolve("out").toString(),
                "-p", PASSWORD);

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(run.err()).contains("has no Manifest.plist");
        assertOneSentenceWithoutStackTrace(run.err());
    }

    /** The password's UTF-8 bytes and their hex are in no file of {@code folder} and in nothing printed. */
    private static void assertPasswordAppearsNowhere(Path folder, CliRun run) throws IOException {
        byte[] password = PASSWORD.getBytes(StandardCharsets.UTF_8);
        String hex = HexFormat.of().formatHex(password);
        assertThat(run.out() + run.err()).doesNotContain(PASSWORD).doesNotContainIgnoringCase(hex);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                assertThat(indexOf(content, password)).as(file.toString()).isEqualTo(-1);
                assertThat(new String(content, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT))
                        .as(file.toString()).doesNotContain(hex);
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The private scratch folders now under java.io.tmpdir. */
    private static Set<Path> scratchFolders() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("spyglass-")
                    && !p.getFileName().toString().startsWith("spyglass-builder-")).collect(Collectors.toSet());
        }
    }

    private static void assertOneSentenceWithoutStackTrace(String err) {
        assertThat(err.lines().filter(line -> line.startsWith("spyglass: ")).count()).isEqualTo(1);
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
