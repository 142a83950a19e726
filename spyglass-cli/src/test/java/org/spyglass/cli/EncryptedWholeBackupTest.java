package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spyglass.core.ExitCode;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * The backup of {@link WholeBackupTest}, every artifact with its planted trace, built twice: plain and encrypted as
 * iOS encrypts it. Checked directly, the encrypted twin gives every module the same records and alerts.
 */
class EncryptedWholeBackupTest {
    private static final String PASSWORD = "pässwörd🔒";

    @TempDir
    static Path dir;

    static CliRun plain;
    static CliRun encrypted;

    @BeforeAll
    static void checkBothTwins() throws Exception {
        Path plainBackup = WholeBackupTest.withEveryArtifact(BackupBuilder.in(dir.resolve("plain"))).build();
        Path encryptedBackup = WholeBackupTest.withEveryArtifact(BackupBuilder.in(dir.resolve("encrypted")))
                .encryptedWith(PASSWORD).build();
        Path passwordFile = Files.writeString(dir.resolve("password"), PASSWORD, StandardCharsets.UTF_8);
        plain = CliRun.of("ios", "check-backup", plainBackup.toString(), "-o", dir.resolve("plain-out").toString());
        encrypted = CliRun.of("ios", "check-backup", encryptedBackup.toString(), "-o",
                dir.resolve("encrypted-out").toString(), "--password-file", passwordFile.toString());
    }

    static Stream<String> modules() {
        return WholeBackupTest.expected().map(WholeBackupTest.Expected::module);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void givesEachModuleTheSameRecordsAndAlertsAsThePlainTwin(String module) throws IOException {
        assertThat(read("encrypted-out", module + ".json")).isEqualTo(read("plain-out", module + ".json"))
                .isNotEmpty();
        assertThat(read("encrypted-out", module + "_detected.json"))
                .isEqualTo(read("plain-out", module + "_detected.json"));
    }

    @Test
    void endsWithTheSameVerdictAlertsAndTimeline() throws IOException {
        assertThat(encrypted.exitCode()).as(encrypted.err()).isEqualTo(ExitCode.ALERTS.code())
                .isEqualTo(plain.exitCode());
        assertThat(read("encrypted-out", "alerts.json")).isEqualTo(read("plain-out", "alerts.json"));
        assertThat(read("encrypted-out", "timeline.csv")).isEqualTo(read("plain-out", "timeline.csv"));
        assertThat(summaryLines(encrypted.out())).hasSize(3).isEqualTo(summaryLines(plain.out()));
    }

    /** The terminal's counts and verdict (the severe alerts it lists are the first to arrive, in any order). */
    private static List<String> summaryLines(String out) {
        return out.lines().filter(line -> line.startsWith("Modules with records:") || line.startsWith("Alerts:")
                || line.startsWith("Verdict:")).toList();
    }

    private static String read(String folder, String file) throws IOException {
        Path path = dir.resolve(folder).resolve(file);
        return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
    }
}
