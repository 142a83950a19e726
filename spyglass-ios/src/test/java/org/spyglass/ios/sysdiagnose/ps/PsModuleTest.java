package org.spyglass.ios.sysdiagnose.ps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.sysdiagnose.SysdiagnoseSource;
import org.spyglass.ios.testing.SysdiagnoseBuilder;

class PsModuleTest {
    private static final String HEADER = "USER               UID PRSNA   PID  PPID        F  %CPU %MEM PRI NI      "
            + "VSZ    RSS WCHAN    TT  STAT STARTED      TIME COMMAND\n";
    private static final String PS = HEADER
            + "root                 0     -     1     0     4004   0.0  0.1  37  0  4222784  11504 -        ??  Ss   "
            + "Mon08PM   0:31.40 /sbin/launchd\n"
            + "mobile             501     -   412     1     4004   0.0  0.2  31  0  4308032  20016 -        ??  Ss   "
            + "Mon08PM   0:02.11 /private/var/containers/Bundle/Application/0A1B/My App.app/My App -launch now\n"
            + "root                 0     -  2143     1     4004   0.0  0.0  31  0  4198400   1200 -        ??  Ss   "
            + "10:01AM   0:00.01 /private/var/db/com.apple.xpc.roleaccountd.staging/bh\n"
            + "root                 0     -  2150     1     4004   0.0  0.0  31  0  4198400   1200 -        ??  Ss   "
            + "10:01AM   0:00.01 /usr/libexec/launchafd\n";

    @TempDir
    Path dir;

    private ModuleRun.Result<PsProcess> run(String ps, Indicators indicators) throws Exception {
        try (SysdiagnoseSource source = SysdiagnoseSource.open(SysdiagnoseBuilder.create().ps(ps).writeTarGz(dir))) {
            return ModuleRun.run(new PsModule(), source, indicators);
        }
    }

    @Test
    void readsEveryProcessWithItsWholeCommand() throws Exception {
        ModuleRun.Result<PsProcess> result = run(PS, TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(4);
        assertThat(result.records().get(1)).isEqualTo(new PsProcess("mobile", 412, 1L, "Mon08PM",
                "/private/var/containers/Bundle/Application/0A1B/My App.app/My App -launch now", PsModule.PATH));
        assertThat(result.records().get(2).name()).isEqualTo("bh");
    }

    @Test
    void matchesProcessNamesAndFlagsDaemonLookalikes() throws Exception {
        ModuleRun.Result<PsProcess> result = run(PS, TestIndicators.of().process("bh", "Pegasus").build());

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL, Level.MEDIUM);
        assertThat(result.alerts().get(0).message()).contains("roleaccountd.staging/bh (pid 2143)")
                .contains("\"Pegasus\"");
        assertThat(result.alerts().get(1).heuristic().id()).isEqualTo("ios.sysdiagnose_ps.daemon-lookalike");
        assertThat(result.alerts().get(1).message()).contains("\"launchafd\"").contains("launchd");
    }

    @Test
    void countsRowsThatDoNotFitTheHeaderInOneWarning() throws Exception {
        ModuleRun.Result<PsProcess> result = run(PS + "garbage\nroot 0 - x\n", TestIndicators.none());

        assertThat(result.records()).hasSize(4);
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .startsWith("2 process line(s) did not fit").contains("line 6"));
    }

    @Test
    void warnsWhenThereIsNoHeader() throws Exception {
        ModuleRun.Result<PsProcess> result = run("1 /sbin/launchd\n", TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("no header"));
    }

    @Test
    void reportsEveryProcessAsAnUntimedSightingWithItsExecutable() throws Exception {
        ModuleRun.Result<PsProcess> result = run(PS, TestIndicators.none());

        assertThat(result.processes()).hasSize(4);
        assertThat(result.processes()).extracting(ProcessSighting::name).contains("launchd", "bh", "launchafd");
        assertThat(result.processes().get(2)).isEqualTo(ProcessSighting.untimed("bh",
                "/private/var/db/com.apple.xpc.roleaccountd.staging/bh", PsModule.PATH));
        assertThat(result.processes()).allSatisfy(sighting -> assertThat(sighting.time()).isNull());
    }
}
