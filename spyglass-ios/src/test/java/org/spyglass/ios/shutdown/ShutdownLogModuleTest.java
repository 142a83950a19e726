package org.spyglass.ios.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestFolderSource;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.sysdiagnose.SysdiagnoseSource;
import org.spyglass.ios.testing.SysdiagnoseBuilder;

class ShutdownLogModuleTest {
    private static final String PATH = ShutdownLogModule.PATH;
    private static final Instant FIRST = Instant.ofEpochSecond(1_709_374_530L);
    private static final Instant SECOND = Instant.ofEpochSecond(1_709_460_930L);
    private static final String UUID = "1024C867-0265-374A-AF6A-98390BD24D5D";

    /** Two reboots: the first delayed twice (nfcd in both notices), the second by one notice. */
    private static final String TWO_REBOOTS = """
            After 0.92s, these clients are still here:
            \t\tremaining client pid: 216 (/usr/libexec/nfcd)
            \t\tremaining client pid: 104 (/usr/sbin/bluetoothd)
            After 1.50s, these clients are still here:
            \t\tremaining client pid: 216 (/usr/libexec/nfcd)
            SIGTERM: [1709374530] All buffers flushed
            After 0.30s, these clients are still here:
            \t\tremaining client pid: 95 (/usr/libexec/locationd/1024C867-0265-374A-AF6A-98390BD24D5D)
            SIGTERM: [1709460930] All buffers flushed
            """;

    @TempDir
    Path dir;

    private ModuleRun.Result<ShutdownClient> run(String devicePath, byte[] log, Indicators indicators)
            throws IOException, SQLException {
        Path file = dir.resolve("fs").resolve(devicePath.substring(1));
        Files.createDirectories(file.getParent());
        Files.write(file, log);
        try (TestFolderSource source = new TestFolderSource(dir.resolve("fs"))) {
            return ModuleRun.run(new ShutdownLogModule(), source, indicators);
        }
    }

    private ModuleRun.Result<ShutdownClient> run(String log) throws IOException, SQLException {
        return run(PATH, log.getBytes(StandardCharsets.UTF_8), TestIndicators.none());
    }

    @Test
    void emitsOneRecordPerClientPerRebootWithItsLastDelay() throws Exception {
        ModuleRun.Result<ShutdownClient> result = run(TWO_REBOOTS);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(3);
        assertThat(result.records().get(0)).isEqualTo(new ShutdownClient(FIRST, 216, "/usr/libexec/nfcd", 2.42, 2,
                1, 2, true, PATH));
        assertThat(result.records().get(1)).isEqualTo(new ShutdownClient(FIRST, 104, "/usr/sbin/bluetoothd", 0.92,
                1, 1, 2, true, PATH));
        assertThat(result.records().get(2).client()).isEqualTo("/usr/libexec/locationd/" + UUID);
        assertThat(result.records().get(2).isodate()).isEqualTo(SECOND);
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void putsEachClientOnTheTimelineAtItsReboot() throws Exception {
        ModuleRun.Result<ShutdownClient> result = run(TWO_REBOOTS);

        assertThat(result.events()).hasSize(3).first().isEqualTo(new TimelineEvent(FIRST, "shutdown_log", "shutdown",
                "Client /usr/libexec/nfcd with PID 216 was running when the device was shut down"));
    }

    @Test
    void readsTheRebootTimeFromTheAtFormWhenThereIsNoBracket() throws Exception {
        ModuleRun.Result<ShutdownClient> result = run("""
                After 1.00s, these clients are still here:
                remaining client pid: 7 (/usr/libexec/x)
                SIGTERM: shutdown requested @1709374530 by launchd
                """);

        assertThat(result.records()).singleElement().satisfies(r -> assertThat(r.isodate()).isEqualTo(FIRST));
    }

    @Test
    void keepsAFinalBlockWithoutSigtermAsAnIncompleteReboot() throws Exception {
        ModuleRun.Result<ShutdownClient> result = run(TWO_REBOOTS + """
                After 5.00s, these clients are still here:
                \t\tremaining client pid: 300 (/usr/libexec/late)
                """);

        assertThat(result.records()).hasSize(4).last().isEqualTo(new ShutdownClient(null, 300, "/usr/libexec/late",
                5.0, 1, 3, 1, false, PATH));
        assertThat(result.events()).hasSize(3);
    }

    @Test
    void readsRotatedLogsBesideTheMainOne() throws Exception {
        Path fs = dir.resolve("fs");
        TestFolderSource.write(fs, "/private/var/db/diagnostics/shutdown.0.log", TWO_REBOOTS);
        TestFolderSource.write(fs, PATH, TWO_REBOOTS);
        TestFolderSource.write(fs, "/private/var/db/diagnostics/other.log", TWO_REBOOTS);
        try (TestFolderSource source = new TestFolderSource(fs)) {
            ModuleRun.Result<ShutdownClient> result = ModuleRun.run(new ShutdownLogModule(), source,
                    TestIndicators.none());

            assertThat(result.records()).hasSize(6).extracting(ShutdownClient::file).containsOnly(PATH,
                    "/private/var/db/diagnostics/shutdown.0.log");
        }
    }

    @Test
    void toleratesBytesThatAreNotUtf8() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        log.writeBytes("After 1.00s, these clients are still here:\nremaining client pid: 9 (/usr/bin/caf".getBytes(
                StandardCharsets.US_ASCII));
        log.write(0xE9);
        log.write(0xFF);
        log.writeBytes(")\nSIGTERM: [1709374530]\n".getBytes(StandardCharsets.US_ASCII));

        ModuleRun.Result<ShutdownClient> result = run(PATH, log.toByteArray(), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).singleElement().satisfies(r -> {
            assertThat(r.client()).startsWith("/usr/bin/caf").hasSize("/usr/bin/caf".length() + 2);
            assertThat(r.isodate()).isEqualTo(FIRST);
        });
    }

    @Test
    void countsLinesItDoesNotUnderstandInOneWarningAndGoesOn() throws Exception {
        ModuleRun.Result<ShutdownClient> result = run("garbage one\n" + TWO_REBOOTS.replace("SIGTERM: [1709460930]",
                "remaining client pid: nope\nSIGTERM: [1709460930]") + "garbage two\n");

        assertThat(result.records()).hasSize(3);
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo(PATH);
            assertThat(w.message()).startsWith("3 of 12 lines were not understood")
                    .contains("line 1: \"garbage one\"");
        });
    }

    @Test
    void reportsAnEmptyLogAsAbsentNotAsAFault() throws Exception {
        ModuleRun.Result<ShutdownClient> result = run("\n");

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement().satisfies(a -> assertThat(a.message()).contains("empty"));
    }

    @Test
    void matchesFilePathsWithOrWithoutTheUuidSuffixAndEveryComponentAsAProcess() throws Exception {
        Indicators indicators = TestIndicators.of().add(IndicatorType.FILE_PATH, "/usr/libexec/locationd", "Test")
                .process("bluetoothd", "Predator").process("roleaccountd.staging", "Pegasus").build();
        String log = TWO_REBOOTS.replace("/usr/libexec/nfcd",
                "/private/var/db/roleaccountd.staging/helper/" + UUID);

        ModuleRun.Result<ShutdownClient> result = run(PATH, log.getBytes(StandardCharsets.UTF_8), indicators);

        assertThat(result.alerts()).filteredOn(a -> a.heuristic() == null).extracting(Alert::message)
                .anySatisfy(m -> assertThat(m).contains("/usr/libexec/locationd/" + UUID).contains("Test"))
                .anySatisfy(m -> assertThat(m).contains("/usr/sbin/bluetoothd").contains("\"bluetoothd\""))
                .anySatisfy(m -> assertThat(m).contains("roleaccountd.staging/helper").contains("Pegasus"))
                .hasSize(3);
        assertThat(result.alerts()).filteredOn(a -> a.heuristic() == null).extracting(Alert::level)
                .containsOnly(Level.CRITICAL);
        assertThat(result.alerts()).filteredOn(a -> a.heuristic() == null).extracting(Alert::eventTime)
                .containsOnly(FIRST, SECOND);
    }

    @Test
    void flagsClientsRunningFromVarDbOrVarTmpButNotTheGenuineUpdateService() throws Exception {
        ModuleRun.Result<ShutdownClient> result = run("""
                After 1.00s, these clients are still here:
                remaining client pid: 10 (/private/var/db/com.apple.xpc.roleaccountd.staging/com.apple.WebKit.Networking)
                remaining client pid: 11 (/private/var/tmp/UserEventAgent/%s)
                remaining client pid: 12 (/private/var/db/com.apple.xpc.roleaccountd.staging/com.apple.MobileSoftwareUpdate.UpdateBrainService.21.xpc/com.apple.MobileSoftwareUpdate.UpdateBrainService)
                remaining client pid: 13 (/usr/libexec/nfcd)
                SIGTERM: [1709374530]
                """.formatted(UUID));

        assertThat(result.alerts()).hasSize(2).allSatisfy(alert -> {
            assertThat(alert.heuristic().id()).isEqualTo("ios.shutdown_log.suspicious-location");
            assertThat(alert.level()).isEqualTo(Level.HIGH);
            assertThat(alert.eventTime()).isEqualTo(FIRST);
        });
        assertThat(result.alerts().get(0).message()).contains("com.apple.WebKit.Networking (pid 10) ran from "
                + "/private/var/db/");
        assertThat(result.alerts().get(1).message()).contains("/private/var/tmp/UserEventAgent/" + UUID)
                .contains("ran from /private/var/tmp/");
    }

    @Test
    void flagsARebootDelayedThreeTimesNamingItsClientsOnce() throws Exception {
        ModuleRun.Result<ShutdownClient> result = run("""
                After 1.00s, these clients are still here:
                remaining client pid: 20 (/usr/libexec/slow)
                remaining client pid: 21 (/usr/libexec/slower)
                After 2.00s, these clients are still here:
                remaining client pid: 21 (/usr/libexec/slower)
                After 3.00s, these clients are still here:
                remaining client pid: 21 (/usr/libexec/slower)
                SIGTERM: [1709374530]
                After 1.00s, these clients are still here:
                After 1.00s, these clients are still here:
                remaining client pid: 22 (/usr/libexec/fine)
                SIGTERM: [1709460930]
                """);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.heuristic().id()).isEqualTo("ios.shutdown_log.delayed-reboots");
            assertThat(alert.level()).isEqualTo(Level.MEDIUM);
            assertThat(alert.eventTime()).isEqualTo(FIRST);
            assertThat(alert.message()).contains("waited 3 times").contains("/usr/libexec/slow, /usr/libexec/slower");
        });
        assertThat(result.records().get(1).delay()).isEqualTo(6.0);
        assertThat(result.records().get(1).timesDelayed()).isEqualTo(3);
    }

    @Test
    void readsTheLogOfASysdiagnoseThroughItsDevicePath() throws Exception {
        Path archive = SysdiagnoseBuilder.create().shutdownLog(TWO_REBOOTS)
                .file("system_logs.logarchive/Extra/shutdown.0.log", TWO_REBOOTS).writeTarGz(dir);
        try (SysdiagnoseSource source = SysdiagnoseSource.open(archive)) {
            ModuleRun.Result<ShutdownClient> result = ModuleRun.run(new ShutdownLogModule(), source,
                    TestIndicators.none());

            assertThat(result.records()).hasSize(6);
            assertThat(result.warnings()).isEmpty();
        }
    }

    @Test
    void reportsEachClientAsAProcessSeenAtItsRebootWithoutItsUuidSuffix() throws Exception {
        ModuleRun.Result<ShutdownClient> result = run(TWO_REBOOTS);

        assertThat(result.processes()).containsExactly(
                new ProcessSighting("nfcd", "/usr/libexec/nfcd", FIRST, ProcessSighting.REBOOT, PATH),
                new ProcessSighting("bluetoothd", "/usr/sbin/bluetoothd", FIRST, ProcessSighting.REBOOT, PATH),
                new ProcessSighting("locationd", "/usr/libexec/locationd/" + UUID, SECOND, ProcessSighting.REBOOT,
                        PATH));
    }
}
