package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.testing.AndroidBackupBuilder;
import org.spyglass.android.testing.AndroidqfBuilder;
import org.spyglass.android.testing.BugreportBuilder;
import org.spyglass.android.testing.IntrusionLogBuilder;
import org.spyglass.core.ExitCode;
import org.spyglass.core.Level;

/**
 * An AndroidQF acquisition holding a {@code bugreport.zip}, a {@code backup.ab} or an {@code intrusion_logs/} folder:
 * {@code check-androidqf} checks each, as {@code check-bugreport}, {@code check-backup} and
 * {@code check-intrusion-logs} would, into the {@code bugreport/}, {@code backup/} and {@code intrusion_logs/}
 * sub-folders of its output, and records them in its own summary; broken or encrypted nested files are a warning,
 * not a failed run.
 */
class CheckAndroidqfNestedTest {
    private static final String C2 = "client.spyhide.com";

    @TempDir
    Path dir;

    private static byte[] bugreport(Path parts) throws IOException {
        return Files.readAllBytes(BugreportBuilder.create().property("persist.sys.timezone", "Europe/Berlin")
                .service("accessibility", BugreportBuilder.accessibilityEnabled(AndroidqfBuilder.STALKERWARE_PACKAGE
                        + "/.Spy")).writeZip(parts, "bugreport.zip"));
    }

    private static byte[] backup(Path parts) throws IOException {
        return Files.readAllBytes(AndroidBackupBuilder.in(parts).sms(List.of(AndroidBackupBuilder.sms("+15550142",
                "Install https://" + C2 + "/app now", Instant.parse("2023-03-20T08:00:00Z").toEpochMilli(), 0, 1)))
                .writeAb("backup.ab", AndroidBackupBuilder.Variant.COMPRESSED));
    }

    @Test
    void checksTheNestedBugreportAndBackupIntoSubFolders() throws IOException {
        Path parts = dir.resolve("parts");
        Path zip = AndroidqfBuilder.create().getprop("persist.sys.timezone", "Europe/Berlin")
                .binary("bugreport.zip", bugreport(parts)).binary("backup.ab", backup(parts))
                .writeZip(dir.resolve("evidence"));
        Path results = dir.resolve("results");
        var before = EvidenceSnapshot.of(dir.resolve("evidence"));

        CliRun run = CliRun.of("android", "check-androidqf", zip.toString(), "-o", results.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(run.err()).contains("holds bugreport.zip").contains("holds backup.ab");
        ResultsFolder.assertRecordsAndAlerts(results.resolve("bugreport"), "dumpsys_accessibility", 1,
                List.of(Level.CRITICAL, Level.MEDIUM));
        ResultsFolder.assertRecordsAndAlerts(results.resolve("backup"), "android_sms", 1, List.of(Level.CRITICAL));
        assertThat(Files.readString(results.resolve("backup/android_sms_detected.json"), StandardCharsets.UTF_8))
                .contains(C2);
        assertThat(ResultsFolder.json(results, "summary.json").toString()).contains("aqf_get_prop");
        assertThat(EvidenceSnapshot.of(dir.resolve("evidence"))).isEqualTo(before);
    }

    @Test
    void recordsTheNestedChecksInTheMainSummaryAndLetsTheirVerdictCount() throws IOException {
        Path parts = dir.resolve("parts");
        Path zip = AndroidqfBuilder.create().getprop("persist.sys.timezone", "Europe/Berlin")
                .binary("bugreport.zip", bugreport(parts)).binary("backup.ab", backup(parts))
                .writeZip(dir.resolve("evidence"));
        Path results = dir.resolve("results");

        CliRun run = CliRun.of("android", "check-androidqf", zip.toString(), "-o", results.toString());

        JsonNode summary = ResultsFolder.json(results, "summary.json");
        assertThat(summary.get("nested")).hasSize(2);
        assertThat(summary.get("nested").findValuesAsText("kind")).containsExactly("ANDROID_BUGREPORT",
                "ANDROID_BACKUP");
        assertThat(summary.get("nested").findValuesAsText("results")).containsExactly("bugreport", "backup");
        assertThat(summary.get("nested").get(0).get("verdict").asText()).isEqualTo("SIGNS_OF_COMPROMISE");
        assertThat(summary.get("nested").get(0).at("/exit_code/code").asInt()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(summary.get("nested").get(0).get("warnings").isIntegralNumber()).isTrue();
        assertThat(summary.at("/verdict/code").asText()).isEqualTo("SIGNS_OF_COMPROMISE");
        assertThat(summary.at("/verdict/sentence").asText()).contains("in bugreport.zip inside the evidence");
        assertThat(summary.at("/exit_code/code").asInt()).isEqualTo(run.exitCode()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(ResultsFolder.json(results.resolve("bugreport"), "info.json").get("target_path").asText())
                .isEqualTo(zip.toRealPath() + "!/bugreport.zip");
        assertThat(ResultsFolder.json(results.resolve("backup"), "summary.json").at("/evidence/path").asText())
                .isEqualTo(zip.toRealPath() + "!/backup.ab");
        assertThat(Files.readString(results.resolve("report.html"), StandardCharsets.UTF_8))
                .contains("in bugreport.zip inside the evidence");
        assertThat(Files.readString(results.resolve("command.log"), StandardCharsets.UTF_8))
                .contains("nested bugreport.zip (ANDROID_BUGREPORT, results in bugreport/): SIGNS_OF_COMPROMISE")
                .contains("finished with the nested checks: exit code 1 (ALERTS)");
    }

    @Test
    void checksTheIntrusionLogsFolderOfAnAcquisition() throws IOException {
        String logs = Files.readString(IntrusionLogBuilder.create()
                .dns(IntrusionLogBuilder.MILLIS, IntrusionLogBuilder.STALKERWARE_DOMAIN, "com.android.chrome")
                .connect(IntrusionLogBuilder.MILLIS, "93.184.216.34", 443, "com.android.chrome")
                .writeFolder(dir.resolve("parts"), "logs").resolve(IntrusionLogBuilder.DEFAULT_FILE),
                StandardCharsets.UTF_8);
        Path evidence = AndroidqfBuilder.create().getprop("persist.sys.timezone", "Europe/Berlin")
                .file("intrusion_logs/" + IntrusionLogBuilder.DEFAULT_FILE, logs)
                .writeFolder(dir.resolve("evidence"));
        var before = EvidenceSnapshot.of(evidence);
        Path results = dir.resolve("results");

        CliRun run = CliRun.of("android", "check-androidqf", evidence.toString(), "-o", results.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(run.err()).contains("holds intrusion_logs");
        ResultsFolder.assertRecordsAndAlerts(results.resolve("intrusion_logs"), "intrusion_dns", 1,
                List.of(Level.CRITICAL));
        ResultsFolder.assertRecordsAndAlerts(results.resolve("intrusion_logs"), "intrusion_connect", 1, List.of());
        JsonNode summary = ResultsFolder.json(results, "summary.json");
        assertThat(summary.get("nested").findValuesAsText("kind")).containsExactly("ANDROID_INTRUSION_LOGS");
        assertThat(summary.get("nested").findValuesAsText("results")).containsExactly("intrusion_logs");
        assertThat(summary.at("/verdict/code").asText()).isEqualTo("SIGNS_OF_COMPROMISE");
        assertThat(EvidenceSnapshot.of(evidence)).isEqualTo(before);
    }

    @Test
    void warnsAboutANestedBugreportThatIsNoZipAndAnEncryptedBackupAndGoesOn() throws IOException {
        Files.createDirectories(dir.resolve("parts"));
        Path folder = AndroidqfBuilder.create().getprop("persist.sys.timezone", "Europe/Berlin")
                .binary("bugreport.zip", "not a zip".getBytes(StandardCharsets.UTF_8))
                .binary("backup.ab", Files.readAllBytes(AndroidBackupBuilder.in(dir.resolve("parts"))
                        .sms(List.of()).writeEncryptedAb("backup.ab", "secret")))
                .writeFolder(dir.resolve("evidence"));

        CliRun run = CliRun.of("android", "check-androidqf", folder.toString(), "-o",
                dir.resolve("results").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(run.err()).contains("warning: bugreport.zip in the acquisition was not checked")
                .contains("warning: backup.ab in the acquisition was not checked").contains("encrypted")
                .doesNotContain("\tat ");
        JsonNode summary = ResultsFolder.json(dir.resolve("results"), "summary.json");
        assertThat(summary.get("nested").findValuesAsText("evidence")).containsExactly("bugreport.zip", "backup.ab");
        assertThat(summary.get("nested")).allSatisfy(nested -> {
            assertThat(nested.get("verdict").isNull()).isTrue();
            assertThat(nested.at("/exit_code/name").asText()).isEqualTo("INPUT_ERROR");
            assertThat(nested.get("warnings").asLong()).isEqualTo(1);
        });
        assertThat(summary.at("/warnings/items")).anySatisfy(w -> assertThat(w.toString()).contains("\"nested\"")
                .contains("backup.ab").contains("not checked").contains("encrypted"));
        assertThat(summary.at("/exit_code/code").asInt()).isEqualTo(ExitCode.COMPLETED.code());
    }
}
