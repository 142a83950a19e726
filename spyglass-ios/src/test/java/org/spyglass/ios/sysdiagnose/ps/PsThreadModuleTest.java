package org.spyglass.ios.sysdiagnose.ps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.sysdiagnose.SysdiagnoseSource;
import org.spyglass.ios.testing.SysdiagnoseBuilder;

class PsThreadModuleTest {
    private static final String HEADER = "USER     PID   TT  %CPU STAT PRI     STIME     UTIME COMMAND\n";
    private static final String PS_THREAD = HEADER
            + "root       1   ??   0.0 S     31T   0:00.95   0:02.07 /sbin/launchd\n"
            + "           1        0.0 S     31T   0:00.00   0:00.00\n"
            + "           1        0.0 S     37T   0:00.00   0:00.00\n"
            + "mobile   412   ??   0.0 S     31T   0:00.10   0:00.20 /private/var/containers/Bundle/Application/"
            + "0A1B/My App.app/My App -launch now\n"
            + "mobile   412        0.0 S     47T   0:00.00   0:00.00\n"
            + "root    2143   ??   0.0 S     31T   0:00.01   0:00.01 /private/var/db/com.apple.xpc.roleaccountd"
            + ".staging/bh\n"
            + "root    2150   ??   0.0 S     31T   0:00.01   0:00.01 /usr/libexec/launchafd\n";

    @TempDir
    Path dir;

    private ModuleRun.Result<PsThreadProcess> run(String listing, Indicators indicators) throws Exception {
        SysdiagnoseBuilder builder = SysdiagnoseBuilder.create().file("ps_thread.txt", listing);
        try (SysdiagnoseSource source = SysdiagnoseSource.open(builder.writeTarGz(dir))) {
            return ModuleRun.run(new PsThreadModule(), source, indicators);
        }
    }

    @Test
    void readsEachProcessOnceWithItsThreadCountWhetherThreadLinesRepeatTheUserOrNot() throws Exception {
        ModuleRun.Result<PsThreadProcess> result = run(PS_THREAD, TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).extracting(PsThreadProcess::pid).containsExactly(1L, 412L, 2143L, 2150L);
        assertThat(result.records()).extracting(PsThreadProcess::threads).containsExactly(3, 2, 1, 1);
        assertThat(result.records().get(1)).isEqualTo(new PsThreadProcess("mobile", 412, null, null,
                "/private/var/containers/Bundle/Application/0A1B/My App.app/My App -launch now", 2,
                PsThreadModule.PATH));
        assertThat(result.records().get(2).name()).isEqualTo("bh");
    }

    @Test
    void readsTheLongColumnSetOfPsTxtToo() throws Exception {
        String listing = "USER  UID PRSNA PID PPID F %CPU %MEM PRI NI VSZ RSS WCHAN TT STAT STARTED TIME COMMAND\n"
                + "root 0 - 1 0 4004 0.0 0.1 37 0 4222784 11504 - ?? Ss Mon08PM 0:31.40 /sbin/launchd\n"
                + "root 1 0.0 S 31T 0:00.00 0:00.00\n";

        ModuleRun.Result<PsThreadProcess> result = run(listing, TestIndicators.none());

        assertThat(result.records()).singleElement().satisfies(process -> {
            assertThat(process.ppid()).isZero();
            assertThat(process.started()).isEqualTo("Mon08PM");
            assertThat(process.threads()).isEqualTo(2);
        });
    }

    @Test
    void matchesProcessNamesAndPathsAndFlagsDaemonLookalikes() throws Exception {
        ModuleRun.Result<PsThreadProcess> result = run(PS_THREAD, TestIndicators.of().process("bh", "Pegasus")
                .add(IndicatorType.FILE_PATH, "/private/var/db/com.apple.xpc.roleaccountd.staging/bh", "Pegasus")
                .build());

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL, Level.MEDIUM);
        assertThat(result.alerts().get(0).message()).startsWith("Found a known spyware process running in "
                + "ps_thread.txt").contains("roleaccountd.staging/bh (pid 2143)").contains("\"Pegasus\"");
        assertThat(result.alerts().get(1).heuristic().id()).isEqualTo("ios.sysdiagnose_ps_thread.daemon-lookalike");
        assertThat(result.alerts().get(1).message()).contains("\"launchafd\"").contains("launchd");
    }

    @Test
    void countsLinesThatAreNeitherProcessNorThreadInOneWarning() throws Exception {
        ModuleRun.Result<PsThreadProcess> result = run(HEADER + "garbage before any process\n"
                + PS_THREAD.substring(HEADER.length()) + "9999 stray\n", TestIndicators.none());

        assertThat(result.records()).hasSize(4);
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .startsWith("2 line(s) were neither a process nor one of its threads").contains("line 2"));
    }

    @Test
    void warnsWhenThereIsNoHeader() throws Exception {
        ModuleRun.Result<PsThreadProcess> result = run("1 ?? /sbin/launchd\n", TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("no header"));
    }

    @Test
    void reportsEveryProcessAsAnUntimedSightingWithItsExecutable() throws Exception {
        ModuleRun.Result<PsThreadProcess> result = run(PS_THREAD, TestIndicators.none());

        assertThat(result.processes()).extracting(ProcessSighting::name)
                .containsExactly("launchd", "My", "bh", "launchafd");
        assertThat(result.processes().get(2)).isEqualTo(ProcessSighting.untimed("bh",
                "/private/var/db/com.apple.xpc.roleaccountd.staging/bh", PsThreadModule.PATH));
    }
}
