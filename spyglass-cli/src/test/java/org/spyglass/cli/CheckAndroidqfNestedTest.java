package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.spyglass.core.ExitCode;
import org.spyglass.core.Level;

/**
 * An AndroidQF acquisition holding a {@code bugreport.zip} and a {@code backup.ab}: {@code check-androidqf} checks
 * both, as {@code check-bugreport} and {@code check-backup} would, into the {@code bugreport/} and {@code backup/}
 * sub-folders of its output; broken or encrypted nested files are a warning line, not a failed run.
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
        assertThat(dir.resolve("results/summary.json")).exists();
    }
}
