package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.testing.AndroidBackupBuilder;
import org.spyglass.core.ExitCode;

class AndroidCheckBackupCommandTest {
    private static final String PASSWORD = "s3cret-Android-pw";
    private static final Instant WHEN = Instant.parse("2021-03-04T10:15:30Z");

    @TempDir
    Path dir;

    private AndroidBackupBuilder backup() throws IOException {
        return AndroidBackupBuilder.in(Files.createDirectories(dir.resolve("evidence")))
                .sms(List.of(AndroidBackupBuilder.sms("+15550142", "Confirm https://x.accountcanceled.com/a",
                        WHEN.toEpochMilli(), 0, 1)))
                .mms(List.of(AndroidBackupBuilder.mms("+15550199", "see www.example.com/p", WHEN.getEpochSecond(),
                        1)));
    }

    private Path indicators() throws IOException {
        return Files.writeString(dir.resolve("case.stix2"), """
                {"type": "bundle", "id": "bundle--1", "objects": [
                  {"type": "malware", "id": "malware--1", "name": "Pegasus", "is_family": true},
                  {"type": "indicator", "id": "indicator--1", "pattern_type": "stix",
                   "pattern": "[domain-name:value = 'accountcanceled.com']"},
                  {"type": "relationship", "id": "relationship--1", "relationship_type": "indicates",
                   "source_ref": "indicator--1", "target_ref": "malware--1"}]}
                """, StandardCharsets.UTF_8);
    }

    @Test
    void checksAnEncryptedBackupAndLeavesNoTraceOfThePasswordNorScratch() throws Exception {
        Path ab = backup().writeEncryptedAb("backup.ab", PASSWORD);
        Map<String, String> before = EvidenceSnapshot.of(dir.resolve("evidence"));
        Set<Path> scratchBefore = scratchFolders();

        CliRun run = CliRun.of("android", "check-backup", ab.toString(), "--no-default-iocs", "--iocs",
                indicators().toString(), "-o", dir.resolve("out").toString(), "-p", PASSWORD);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(run.err()).contains("warning: a password given with --password");
        assertThat(json("out/android_sms.json")).hasSize(2);
        assertThat(json("out/alerts.json").findValuesAsText("module")).containsOnly("android_sms");
        assertThat(json("out/alerts.json").findValuesAsText("level")).containsOnly("CRITICAL");
        assertThat(EvidenceSnapshot.of(dir.resolve("evidence"))).isEqualTo(before);
        assertThat(scratchFolders()).isSubsetOf(scratchBefore);
        assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
        try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(PASSWORD);
            }
        }
        assertThat(Files.readString(dir.resolve("out/command.log"), StandardCharsets.UTF_8)).contains("-p ********");
    }

    @Test
    void checksAnExtractedFolderWithoutAskingForAPassword() throws Exception {
        Path folder = backup().writeFolder("extracted");

        CliRun run = CliRun.of("android", "check-backup", folder.toString(), "--no-default-iocs", "--iocs",
                indicators().toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(json("out/android_sms.json")).hasSize(2);
    }

    @Test
    void refusesAWrongPasswordInOneSentence() throws Exception {
        Path ab = backup().writeEncryptedAb("backup.ab", PASSWORD);
        Path passwordFile = Files.writeString(dir.resolve("pw.txt"), "wrong\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("android", "check-backup", ab.toString(), "-o", dir.resolve("out").toString(),
                "--password-file", passwordFile.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(run.err()).contains("does not open the encrypted Android backup");
        assertThat(run.err().lines().filter(line -> line.startsWith("spyglass: ")).count()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void refusesATruncatedHeaderInOneSentence() throws Exception {
        Path ab = Files.writeString(Files.createDirectories(dir.resolve("evidence")).resolve("cut.ab"),
                "ANDROID BACKUP\n5\n", StandardCharsets.US_ASCII);

        CliRun run = CliRun.of("android", "check-backup", ab.toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(run.err()).contains("cut.ab").contains("ends before the compression flag");
    }

    private JsonNode json(String path) throws IOException {
        return new ObjectMapper().readTree(dir.resolve(path).toFile());
    }

    private static Set<Path> scratchFolders() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("spyglass-")
                    && !p.getFileName().toString().startsWith("spyglass-builder-")).collect(Collectors.toSet());
        }
    }
}
