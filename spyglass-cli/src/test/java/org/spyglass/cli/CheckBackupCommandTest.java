package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.testing.BackupBuilder.process;
import static org.spyglass.ios.testing.BackupBuilder.smsHandle;
import static org.spyglass.ios.testing.BackupBuilder.smsMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.ios.backup.BackupFileIds;
import org.spyglass.ios.testing.BackupBuilder;

class CheckBackupCommandTest {
    private static final Instant WHEN = Instant.parse("2019-07-05T14:03:27Z");

    @TempDir
    Path dir;

    private Path benignBackup() throws Exception {
        return BackupBuilder.in(dir.resolve("evidence"))
                .smsDb(BackupBuilder.SMS_IOS14, smsHandle(1, "+15550100")
                        + smsMessage(1, 1, "See you at https://example.org/menu", false, WHEN, null))
                .dataUsage(BackupBuilder.DATAUSAGE_IOS14, process(1, "MobileSafari", "com.apple.mobilesafari",
                        WHEN, WHEN))
                .build();
    }

    @Test
    void leavesTheEvidenceByteIdenticalIncludingTheSqliteWal() throws Exception {
        Path backup = BackupBuilder.in(dir.resolve("evidence"))
                .smsDbWithWal(smsHandle(1, "+15550142") + smsMessage(1, 1, "hello", false, WHEN, null),
                        smsMessage(2, 1, "https://accountcanceled.com/x", false, WHEN, null))
                .dataUsage(BackupBuilder.DATAUSAGE_IOS14, process(1, "bh", null, WHEN, WHEN))
                .build();
        Path wal = backup.resolve(BackupFileIds.storagePath(BackupFileIds.of("HomeDomain", "Library/SMS/sms.db-wal")));
        assertThat(Files.size(wal)).isPositive();
        Map<String, String> before = EvidenceSnapshot.of(dir.resolve("evidence"));

        CliRun run = CliRun.of("ios", "check-backup", backup.toString(), "-o", dir.resolve("out").toString(),
                "--hashes");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(run.out()).contains("accountcanceled.com");
        assertThat(EvidenceSnapshot.of(dir.resolve("evidence"))).isEqualTo(before);
    }

    @Test
    void showsTheHashingOfEveryFileAsAFewPlainLinesWhenNotATerminal() throws Exception {
        Path backup = BackupBuilder.in(dir.resolve("evidence"))
                .file("HomeDomain", "Library/Notes/note.txt", "a note".getBytes(StandardCharsets.UTF_8)).build();

        CliRun run = CliRun.of("ios", "check-backup", backup.toString(), "-o", dir.resolve("out").toString(),
                "--hashes", "--terminal", "never");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(run.err()).containsPattern("hashing: 0% \\(0 of \\d+ files, 0 B of [0-9.]+ [KMG]?B\\)")
                .containsPattern("hashing: 100% \\(\\d+ of \\d+ files, [0-9.]+ [KMG]?B of [0-9.]+ [KMG]?B\\)")
                .doesNotContain("\r");
    }

    @Test
    void hashesEveryEvidenceFileWithHashesAndOnlyTheFilesReadWithout() throws Exception {
        Path backup = benignBackup();

        CliRun.of("ios", "check-backup", backup.toString(), "-o", dir.resolve("read").toString());
        CliRun.of("ios", "check-backup", backup.toString(), "-o", dir.resolve("all").toString(), "--hashes");

        assertThat(hashedNames(dir.resolve("read"))).contains("Manifest.db", "Info.plist")
                .doesNotContain("Status.plist");
        assertThat(hashedNames(dir.resolve("all"))).contains("Manifest.db", "Info.plist", "Status.plist");
        assertThat(new ObjectMapper().readTree(dir.resolve("all/info.json").toFile()).get("ioc_files"))
                .isNotEmpty()
                .allSatisfy(file -> assertThat(file.get("sha256").asText()).hasSize(64));
    }

    private static java.util.List<String> hashedNames(Path results) throws Exception {
        return new ObjectMapper().readTree(results.resolve("info.json").toFile()).get("hashes")
                .findValuesAsText("file_path").stream().map(p -> Path.of(p).getFileName().toString()).toList();
    }

    @Test
    void completesWithoutSevereAlertsAndNeverCallsTheDeviceClean() throws Exception {
        Path backup = benignBackup();

        CliRun run = CliRun.of("ios", "check-backup", backup.toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(run.out()).containsPattern("Verdict: No match with the [0-9,]+ indicators used")
                .doesNotContainIgnoringCase("clean");
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile());
        assertThat(summary.at("/verdict/code").asText()).isEqualTo("NO_MATCH");
        assertThat(summary.at("/modules").findValuesAsText("status")).containsOnly("RAN", "ABSENT");
        for (JsonNode module : summary.at("/modules")) {
            if (Set.of("sms", "datausage", "backup_info", "manifest").contains(module.get("name").asText())) {
                assertThat(module.get("status").asText()).as(module.get("name").asText()).isEqualTo("RAN");
            }
        }
    }

    @Test
    void matchesIndicatorsGivenWithIocsAndNamesTheirSource() throws Exception {
        Path backup = benignBackup();
        Path stix = dir.resolve("case.stix2");
        Files.writeString(stix, """
                {"type": "bundle", "id": "bundle--1", "objects": [
                  {"type": "malware", "id": "malware--1", "name": "CaseSpy", "is_family": false},
                  {"type": "indicator", "id": "indicator--1", "pattern_type": "stix",
                   "pattern": "[domain-name:value = 'example.org']"},
                  {"type": "relationship", "id": "relationship--1", "relationship_type": "indicates",
                   "source_ref": "indicator--1", "target_ref": "malware--1"}]}
                """, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("ios", "check-backup", backup.toString(), "--no-default-iocs", "--iocs",
                stix.toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(run.out()).contains("Indicators used: 1 from 1 files").contains("CaseSpy");
        JsonNode alert = new ObjectMapper().readTree(dir.resolve("out/alerts.json").toFile()).get(0);
        assertThat(alert.at("/matched_indicator/indicator_id").asText()).isEqualTo("indicator--1");
        assertThat(alert.at("/matched_indicator/stix2_file_name").asText()).endsWith("case.stix2");
    }

    @Test
    void refusesAnEncryptedBackupWithoutKeybagWithOneSentenceAndTheInputErrorCode() throws Exception {
        Path backup = BackupBuilder.in(dir.resolve("evidence")).encrypted().build();

        CliRun run = CliRun.of("ios", "check-backup", backup.toString(), "-o", dir.resolve("out").toString(),
                "-p", "password");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(run.err()).contains("is marked as encrypted, but its Manifest.plist holds no BackupKeyBag");
        assertOneSentenceWithoutStackTrace(run.err());
    }

    @Test
    void refusesAFolderThatIsNotABackup() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("holiday-photos"));

        CliRun run = CliRun.of("ios", "check-backup", folder.toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(run.err()).contains("not an iOS backup").contains("Manifest.db");
        assertOneSentenceWithoutStackTrace(run.err());
    }

    @Test
    void refusesAnUnknownModuleWithTheUsageCodeAndListsTheValidOnes() throws Exception {
        CliRun run = CliRun.of("ios", "check-backup", benignBackup().toString(), "-m", "smss",
                "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("smss").contains("sms").contains("datausage");
        assertOneSentenceWithoutStackTrace(run.err());
    }

    @Test
    void refusesAnOutputFolderInsideTheEvidence() throws Exception {
        Path backup = benignBackup();
        Map<String, String> before = EvidenceSnapshot.of(dir.resolve("evidence"));

        CliRun run = CliRun.of("ios", "check-backup", backup.toString(), "-o", backup.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(EvidenceSnapshot.of(dir.resolve("evidence"))).isEqualTo(before);
    }

    @Test
    void runsOnlyTheSelectedModule() throws Exception {
        CliRun run = CliRun.of("ios", "check-backup", benignBackup().toString(), "-m", "sms",
                "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(run.out()).contains("sms (1)").containsPattern("; [0-9]+ skipped").doesNotContain("datausage (");
        assertThat(dir.resolve("out/datausage.json")).doesNotExist();
    }

    @Test
    void listsTheModulesWithoutReadingAnything() {
        CliRun run = CliRun.of("ios", "check-backup", "/nonexistent", "--list-modules");

        assertThat(run.exitCode()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(run.out()).contains("sms").contains("datausage");
    }

    @Test
    void rejectsAnUnknownOptionWithTheUsageCode() throws Exception {
        CliRun run = CliRun.of("ios", "check-backup", benignBackup().toString(), "--frobnicate");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("--frobnicate");
    }

    @Test
    void refusesAMissingIndicatorFileGivenExplicitly() throws Exception {
        CliRun run = CliRun.of("ios", "check-backup", benignBackup().toString(), "--iocs",
                dir.resolve("missing.stix2").toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(run.err()).contains("missing.stix2");
        assertOneSentenceWithoutStackTrace(run.err());
    }

    @Test
    void reportsTheMissingIndicatorFileWhenTheEvidenceCannotBeOpenedEither() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("holiday-photos"));

        CliRun run = CliRun.of("ios", "check-backup", folder.toString(), "--iocs",
                dir.resolve("missing.stix2").toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(run.err()).contains("missing.stix2").doesNotContain("not an iOS backup");
        assertOneSentenceWithoutStackTrace(run.err());
    }

    @Test
    void removesTheOpenedEvidencesScratchWhenTheIndicatorsCannotBeLoaded() throws Exception {
        Path backup = benignBackup();
        byte[] manifest = Files.readAllBytes(backup.resolve("Manifest.db"));
        Set<String> scratchBefore = ResultsFolder.scratchFolders();

        CliRun run = CliRun.of("ios", "check-backup", backup.toString(), "--iocs",
                dir.resolve("missing.stix2").toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        ResultsFolder.assertNoScratchLeftWith(scratchBefore, manifest);
    }

    private static void assertOneSentenceWithoutStackTrace(String err) {
        assertThat(err.lines().filter(line -> line.startsWith("spyglass: ")).count()).isEqualTo(1);
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
