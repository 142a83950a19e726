package org.spyglass.ios.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.datausage.DataUsageModule;
import org.spyglass.ios.datausage.DataUsageRecord;
import org.spyglass.ios.sms.SmsMessage;
import org.spyglass.ios.sms.SmsModule;

class SampleBackupTest {
    /** The planted values, as they appear in the public Pegasus indicators. */
    private static final Indicators PEGASUS = TestIndicators.of().domain("accountcanceled.com", "Pegasus")
            .process("bh", "Pegasus").process("roleaccountd", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void writesABackupInTheRealLayoutThatOpensAsABackup() throws Exception {
        Path backup = SampleBackup.write(dir);
        assertThat(backup).isEqualTo(dir.resolve(SampleBackup.UDID));
        assertThat(backup.resolve("Info.plist")).isRegularFile();
        assertThat(backup.resolve("Manifest.plist")).isRegularFile();
        assertThat(backup.resolve("Status.plist")).isRegularFile();
        assertThat(backup.resolve("3d/3d0d7e5fb2ce288813306e4d4636395e047a3d28")).isRegularFile();
        assertThat(backup.resolve("0d/0d609c54856a9bb2d56729df1d68f2958a88426b")).isRegularFile();
        try (BackupSource source = BackupSource.open(dir)) {
            assertThat(source.deviceInfo()).containsEntry("device_name", "Sample iPhone")
                    .containsEntry("ios_version", "14.8").containsEntry("backup_date", "2021-11-25T18:30:00Z");
        }
    }

    @Test
    void plantsOnePegasusLinkAndOneAppleThreatNotificationInTheMessages() throws Exception {
        try (BackupSource source = BackupSource.open(SampleBackup.write(dir))) {
            ModuleRun.Result<SmsMessage> sms = ModuleRun.run(new SmsModule(), source, PEGASUS);
            assertThat(sms.records()).hasSize(7);
            assertThat(sms.warnings()).isEmpty();
            assertThat(sms.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL, Level.HIGH);
            assertThat(sms.alerts().get(0).message()).contains(SampleBackup.PEGASUS_DOMAIN);
            assertThat(sms.records()).anySatisfy(message -> assertThat(message.handleId()).isZero());
        }
    }

    @Test
    void plantsPegasusProcessesAndADeletedProcessRowInDataUsage() throws Exception {
        try (BackupSource source = BackupSource.open(SampleBackup.write(dir))) {
            ModuleRun.Result<DataUsageRecord> usage = ModuleRun.run(new DataUsageModule(), source, PEGASUS);
            assertThat(usage.warnings()).isEmpty();
            assertThat(usage.records()).hasSize(6);
            assertThat(usage.alerts()).extracting(Alert::level)
                    .containsExactlyInAnyOrder(Level.CRITICAL, Level.CRITICAL, Level.LOW, Level.HIGH);
        }
    }

    @Test
    void writesTheSameBytesEveryTime() throws Exception {
        Map<String, String> first = digests(SampleBackup.write(dir.resolve("one")));
        Map<String, String> second = digests(SampleBackup.write(dir.resolve("two")));
        assertThat(second).isEqualTo(first);
    }

    private static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(root.relativize(file).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return digests;
    }
}
