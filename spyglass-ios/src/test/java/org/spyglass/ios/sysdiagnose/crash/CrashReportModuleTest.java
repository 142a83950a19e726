package org.spyglass.ios.sysdiagnose.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.fs.FilesystemDumpSource;
import org.spyglass.ios.sysdiagnose.SysdiagnoseSource;
import org.spyglass.ios.testing.DumpBuilder;
import org.spyglass.ios.testing.SysdiagnoseBuilder;

class CrashReportModuleTest {
    private static final Instant WHEN = Instant.parse("2024-03-02T09:15:30.25Z");
    private static final String MODERN = """
            {"app_name":"MobileSafari","timestamp":"2024-03-02 10:15:30.25 +0100","bug_type":"309","os_version":\
            "iPhone OS 17.3 (21D61)","bundleID":"com.apple.mobilesafari","incident_id":"AB12","name":"MobileSafari"}
            {
              "uptime" : 1200,
              "procName" : "MobileSafari",
              "procPath" : "\\/Applications\\/MobileSafari.app\\/MobileSafari",
              "pid" : 412,
              "threads" : [{"id" : 1}]
            }
            """;
    private static final String OLD_TEXT = """
            {"bug_type":"109","timestamp":"2020-06-01 08:00:00.00 +0000","os_version":"iPhone OS 13.5 (17F75)",\
            "name":"launchafd"}
            Incident Identifier: 1234
            Process:             launchafd [2150]
            Path:                /usr/libexec/launchafd
            """;

    @TempDir
    Path dir;

    private ModuleRun.Result<CrashReport> run(SysdiagnoseBuilder builder, Indicators indicators) throws Exception {
        try (SysdiagnoseSource source = SysdiagnoseSource.open(builder.writeTarGz(dir))) {
            return ModuleRun.run(new CrashReportModule(), source, indicators);
        }
    }

    @Test
    void readsTheHeaderAndTheProcessOfModernAndTextReports() throws Exception {
        ModuleRun.Result<CrashReport> result = run(SysdiagnoseBuilder.create()
                .crashReport("MobileSafari-2024-03-02-101530.ips", MODERN)
                .crashReport("Retired/launchafd-2020-06-01.ips", OLD_TEXT), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(2);
        assertThat(result.records().get(0)).isEqualTo(new CrashReport(
                "/sysdiagnose/crashes_and_spins/MobileSafari-2024-03-02-101530.ips", "309", "MobileSafari", WHEN,
                "iPhone OS 17.3 (21D61)", "com.apple.mobilesafari", "AB12", "MobileSafari",
                "/Applications/MobileSafari.app/MobileSafari", 412L));
        CrashReport old = result.records().get(1);
        assertThat(old.procName()).isEqualTo("launchafd");
        assertThat(old.procPath()).isEqualTo("/usr/libexec/launchafd");
        assertThat(old.pid()).isEqualTo(2150L);
        assertThat(result.events()).first().isEqualTo(new TimelineEvent(WHEN, "crash_reports", "crash_report",
                "Report (bug type 309) about MobileSafari (pid 412): "
                        + "/sysdiagnose/crashes_and_spins/MobileSafari-2024-03-02-101530.ips"));
    }

    @Test
    void matchesProcessNamesAndFlagsLookalikesAtTheCrashTime() throws Exception {
        ModuleRun.Result<CrashReport> result = run(SysdiagnoseBuilder.create().crashReport("a.ips", MODERN)
                .crashReport("b.ips", OLD_TEXT), TestIndicators.of().process("MobileSafari", "Test").build());

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL, Level.MEDIUM);
        assertThat(result.alerts().get(0).eventTime()).isEqualTo(WHEN);
        assertThat(result.alerts().get(1).heuristic().id()).isEqualTo("ios.crash_reports.daemon-lookalike");
    }

    @Test
    void countsReportsWithoutAJsonHeaderInOneWarning() throws Exception {
        ModuleRun.Result<CrashReport> result = run(SysdiagnoseBuilder.create().crashReport("a.ips", MODERN)
                .crashReport("b.ips", "not json\n").crashReport("c.ips", "[1,2]\n"), TestIndicators.none());

        assertThat(result.records()).hasSize(1);
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).endsWith("b.ips");
            assertThat(w.message()).startsWith("2 .ips report(s) have no JSON header");
        });
    }

    @Test
    void readsTheReportsOfADumpsCrashReporterFolderAndItsRetiredFolder() throws Exception {
        String folder = "/private/var/mobile/Library/Logs/CrashReporter/";
        Path root = DumpBuilder.in(dir.resolve("dump")).file(folder + "MobileSafari-2024-03-02-101530.ips", MODERN)
                .file(folder + "Retired/launchafd-2020-06-01.ips", OLD_TEXT)
                .file(folder + "notes.txt", "not a report").file("/private/var/tmp/elsewhere.ips", MODERN).build();

        ModuleRun.Result<CrashReport> result;
        try (FilesystemDumpSource source = FilesystemDumpSource.open(root)) {
            result = ModuleRun.run(new CrashReportModule(), source,
                    TestIndicators.of().process("launchafd", "Test").build());
        }

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).extracting(CrashReport::file).containsExactlyInAnyOrder(
                folder + "MobileSafari-2024-03-02-101530.ips", folder + "Retired/launchafd-2020-06-01.ips");
        assertThat(result.alerts()).extracting(Alert::level).contains(Level.CRITICAL);
    }
}
