package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.testing.BackupBuilder.process;
import static org.spyglass.ios.testing.BackupBuilder.smsHandle;
import static org.spyglass.ios.testing.BackupBuilder.smsMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spyglass.android.testing.AndroidBackupBuilder;
import org.spyglass.android.testing.AndroidqfBuilder;
import org.spyglass.android.testing.BugreportBuilder;
import org.spyglass.android.testing.IntrusionLogBuilder;
import org.spyglass.core.ExitCode;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;
import org.spyglass.ios.testing.DumpBuilder;
import org.spyglass.ios.testing.SysdiagnoseBuilder;

/**
 * Every kind of evidence, checked by its real command, is left exactly as it was: same paths, sizes, SHA-256 and
 * modification times, folders included, and nothing new anywhere under the folder that holds it. Beside each
 * evidence (and inside it when it is a folder or a backup) lies a SQLite database whose last rows are only in its
 * {@code -wal} (with the {@code -shm} beside it), which a careless open would checkpoint into the database. An
 * AndroidQF acquisition holding a {@code bugreport.zip} and a {@code backup.ab} is checked with its nested runs.
 */
class EvidenceImmutabilityTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final Instant DAY = Instant.parse("2021-07-14T02:00:00Z");
    private static final String WAL_BASE = "CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('committed');";
    private static final String WAL_ROWS = "INSERT INTO t VALUES ('only in the wal');";

    @TempDir
    Path dir;

    /** Builds one kind of evidence under {@code parent} and returns the arguments of the command that checks it. */
    @FunctionalInterface
    interface Evidence {
        List<String> build(Path parent) throws IOException;
    }

    static Stream<Arguments> everyKindOfEvidence() {
        return Stream.of(
                Arguments.of("iOS backup", (Evidence) parent -> List.of("ios", "check-backup",
                        backup(parent).build().toString())),
                Arguments.of("encrypted iOS backup", (Evidence) parent -> List.of("ios", "check-backup",
                        backup(parent).encryptedWith(PASSWORD).build().toString(), "-p", PASSWORD)),
                Arguments.of("filesystem dump folder", (Evidence) parent -> List.of("ios", "check-fs",
                        dump(parent.resolve("dump")).toString())),
                Arguments.of("filesystem dump tar", (Evidence) parent -> List.of("ios", "check-fs",
                        DumpBuilder.archive(dump(parent.resolveSibling("built")), "dump")
                                .writeTar(parent.resolve("dump.tar")).toString())),
                Arguments.of("filesystem dump zip", (Evidence) parent -> List.of("ios", "check-fs",
                        DumpBuilder.archive(dump(parent.resolveSibling("built")), "dump")
                                .writeZip(parent.resolve("dump.zip")).toString())),
                Arguments.of("sysdiagnose folder", (Evidence) parent -> List.of("ios", "check-sysdiagnose",
                        walDatabase(sysdiagnose().writeFolder(parent)).toString())),
                Arguments.of("sysdiagnose tar.gz", (Evidence) parent -> List.of("ios", "check-sysdiagnose",
                        sysdiagnose().writeTarGz(parent).toString())),
                Arguments.of("androidqf folder", (Evidence) parent -> List.of("android", "check-androidqf",
                        walDatabase(androidqf().writeFolder(parent).resolve(AndroidqfBuilder.TOP)).toString())),
                Arguments.of("androidqf zip", (Evidence) parent -> List.of("android", "check-androidqf",
                        androidqf().writeZip(parent).toString())),
                Arguments.of("androidqf folder with a nested bugreport.zip and backup.ab", (Evidence) parent ->
                        List.of("android", "check-androidqf", walDatabase(androidqfWithNested(parent)
                                .writeFolder(parent).resolve(AndroidqfBuilder.TOP)).toString())),
                Arguments.of("androidqf zip with a nested bugreport.zip and backup.ab", (Evidence) parent ->
                        List.of("android", "check-androidqf", androidqfWithNested(parent).writeZip(parent)
                                .toString())),
                Arguments.of("intrusion logs folder", (Evidence) parent -> List.of("android",
                        "check-intrusion-logs", walDatabase(intrusionLogs().writeFolder(parent, "intrusion_logs"))
                                .toString())),
                Arguments.of("intrusion logs zip", (Evidence) parent -> List.of("android", "check-intrusion-logs",
                        intrusionLogs().writeZip(parent, "intrusion_logs.zip").toString())),
                Arguments.of("bugreport zip", (Evidence) parent -> List.of("android", "check-bugreport",
                        bugreport().writeZip(parent, "bugreport-sdk_phone-2024-03-02.zip").toString())),
                Arguments.of("Android backup .ab", (Evidence) parent -> List.of("android", "check-backup",
                        androidBackup(parent).writeAb("backup.ab", AndroidBackupBuilder.Variant.COMPRESSED)
                                .toString())),
                Arguments.of("encrypted Android backup .ab", (Evidence) parent -> List.of("android", "check-backup",
                        androidBackup(parent).writeEncryptedAb("backup.ab", PASSWORD).toString(),
                        "-p", PASSWORD)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfEvidence")
    void leavesTheEvidenceAndItsFolderExactlyAsTheyWere(String kind, Evidence evidence) throws Exception {
        Path parent = walDatabase(dir.resolve("evidence"));
        List<String> args = new ArrayList<>(evidence.build(parent));
        args.addAll(List.of("-o", dir.resolve("out").toString()));
        assertThat(walFiles(parent)).as("databases with their -wal and -shm").isNotEmpty();
        Map<String, String> before = EvidenceSnapshot.of(parent);

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isIn(ExitCode.COMPLETED.code(), ExitCode.ALERTS.code());
        assertThat(dir.resolve("out/summary.json")).isRegularFile();
        assertThat(EvidenceSnapshot.of(parent)).isEqualTo(before);
    }

    private static List<Path> walFiles(Path parent) throws IOException {
        try (Stream<Path> files = Files.walk(parent)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-wal"))
                    .filter(p -> Files.exists(p.resolveSibling(p.getFileName().toString().replace("-wal", "-shm"))))
                    .toList();
        }
    }

    /** Writes {@code stray.sqlite} with a row only in its {@code -wal} into {@code folder}, and returns the folder. */
    private static Path walDatabase(Path folder) throws IOException {
        SqlScript.runWithWal(Files.createDirectories(folder).resolve("stray.sqlite"), WAL_BASE, WAL_ROWS);
        return folder;
    }

    private static BackupBuilder backup(Path parent) {
        return BackupBuilder.in(parent)
                .smsDbWithWal(smsHandle(1, "+15550142") + smsMessage(1, 1, "hello", false, DAY, null),
                        smsMessage(2, 1, "https://accountcanceled.com/x", false, DAY, null))
                .dataUsage(BackupBuilder.DATAUSAGE_IOS14, process(1, "bh", null, DAY, DAY))
                .file("HomeDomain", "Library/Notes/note.txt", "a note".getBytes(StandardCharsets.UTF_8));
    }

    private static Path dump(Path root) {
        return DumpBuilder.in(root).file("/private/var/tmp/hooker", "x", DAY)
                .database("/private/var/mobile/Library/SMS/sms.db", BackupBuilder.schema(BackupBuilder.SMS_IOS14)
                        + smsHandle(1, "+15550142") + smsMessage(1, 1, "hello", false, DAY, null),
                        smsMessage(2, 1, "https://accountcanceled.com/x", false, DAY, null), DAY)
                .build();
    }

    private static SysdiagnoseBuilder sysdiagnose() {
        return SysdiagnoseBuilder.create().name("sysdiagnose_2024.03.02_11-15-30+0100_iPhone-OS_iPhone_21D61")
                .shutdownLog("remaining client pid: 42 (/private/var/db/com.apple.xpc.roleaccountd.staging/bh)\n"
                        + "SIGTERM: [1709374530]\n")
                .ps("USER UID PID PPID COMMAND\nroot 0 1 0 /sbin/launchd\n");
    }

    private static AndroidqfBuilder androidqf() {
        return AndroidqfBuilder.create().getprop("ro.build.version.security_patch", "2022-08-05")
                .ps(AndroidqfBuilder.PS_HEADER + AndroidqfBuilder.process("root", 1, "init"))
                .settings("global", "adb_enabled", "1")
                .acquisition("2023-03-29T10:15:30+02:00");
    }

    /** An acquisition holding a bugreport.zip and a backup.ab, built in a sibling folder outside the evidence. */
    private static AndroidqfBuilder androidqfWithNested(Path parent) throws IOException {
        Path parts = parent.resolveSibling("parts");
        return androidqf()
                .binary("bugreport.zip", Files.readAllBytes(bugreport().writeZip(parts, "bugreport.zip")))
                .binary("backup.ab", Files.readAllBytes(androidBackup(parts).writeAb("backup.ab",
                        AndroidBackupBuilder.Variant.COMPRESSED)));
    }

    private static IntrusionLogBuilder intrusionLogs() {
        return IntrusionLogBuilder.create()
                .dns(IntrusionLogBuilder.MILLIS, IntrusionLogBuilder.STALKERWARE_DOMAIN, "com.android.chrome",
                        "192.0.2.10")
                .connect(IntrusionLogBuilder.MILLIS + 1_000, IntrusionLogBuilder.STALKERWARE_IP, 443,
                        "com.android.chrome")
                .security(IntrusionLogBuilder.MILLIS * 1_000_000L, "os_startup", "{}");
    }

    private static BugreportBuilder bugreport() {
        return BugreportBuilder.create().property("ro.build.version.security_patch", "2019-01-05")
                .service("accessibility", BugreportBuilder.accessibilityEnabled(
                        "com.google.android.marvin.talkback/com.android.talkback.TalkBackService"));
    }

    private static AndroidBackupBuilder androidBackup(Path folder) throws IOException {
        return AndroidBackupBuilder.in(folder).sms(List.of(AndroidBackupBuilder.sms("+15550142",
                "Confirm https://x.accountcanceled.com/a", DAY.toEpochMilli(), DAY.toEpochMilli(), 1)));
    }
}
