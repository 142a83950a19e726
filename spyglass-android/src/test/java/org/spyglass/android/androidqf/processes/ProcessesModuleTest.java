package org.spyglass.android.androidqf.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.android.testing.AndroidqfBuilder.PS_HEADER;
import static org.spyglass.android.testing.AndroidqfBuilder.process;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.testing.AndroidqfBuilder;
import org.spyglass.android.testing.EchapIndicators;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class ProcessesModuleTest {
    private static final String PS = PS_HEADER + process("root", 1, "init") + process("u0_a123", 4242,
            "com.thetruth:remote") + process("root", 77, "[kworker/0:1]") + process("shell", 900, "droidspy");

    @TempDir
    Path dir;

    private ModuleRun.Result<AqfProcess> run(String ps, Indicators indicators) throws Exception {
        try (AndroidqfSource source = AndroidqfSource.open(AndroidqfBuilder.create().ps(ps).writeFolder(dir))) {
            return ModuleRun.run(new ProcessesModule(), source, indicators);
        }
    }

    @Test
    void readsEveryProcessByTheHeadersColumns() throws Exception {
        ModuleRun.Result<AqfProcess> result = run(PS, TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(4);
        assertThat(result.records().get(1)).isEqualTo(new AqfProcess("u0_a123", 4242, 1L, null, "S",
                "com.thetruth:remote", ProcessesModule.PATH));
        assertThat(result.records().get(1).packageName()).isEqualTo("com.thetruth");
    }

    @Test
    void readsTheSelinuxLabelWhenListed() throws Exception {
        ModuleRun.Result<AqfProcess> result = run("LABEL USER PID PPID VSZ RSS WCHAN ADDR S NAME\n"
                + "u:r:init:s0 root 1 0 100 10 0 0 S init\n", TestIndicators.none());

        assertThat(result.records()).singleElement().satisfies(p -> assertThat(p.label()).isEqualTo("u:r:init:s0"));
    }

    @Test
    void matchesThePackagePartAsAppIdElseTheNameAsProcess() throws Exception {
        Indicators indicators = EchapIndicators.of("""
                - name: TheTruthSpy
                  type: stalkerware
                  packages: [com.thetruth]
                """);
        ModuleRun.Result<AqfProcess> apps = run(PS, indicators);
        ModuleRun.Result<AqfProcess> processes = run(PS, TestIndicators.of().process("droidspy", "Spy").build());

        assertThat(apps.alerts()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(Level.CRITICAL);
            assertThat(a.message()).contains("com.thetruth:remote (pid 4242)").contains("TheTruthSpy");
        });
        assertThat(processes.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL);
        assertThat(processes.alerts().get(0).message()).contains("droidspy (pid 900)");
    }

    @Test
    void reportsEveryProcessAsAnUntimedSighting() throws Exception {
        ModuleRun.Result<AqfProcess> result = run(PS, TestIndicators.none());

        assertThat(result.processes()).extracting(ProcessSighting::name)
                .containsExactly("init", "com.thetruth:remote", "[kworker/0:1]", "droidspy");
        assertThat(result.processes()).allSatisfy(s -> assertThat(s.time()).isNull());
    }

    @Test
    void countsRowsThatDoNotFitAndWarnsWithoutHeader() throws Exception {
        ModuleRun.Result<AqfProcess> bad = run(PS + "garbage\nroot x 1\n", TestIndicators.none());
        ModuleRun.Result<AqfProcess> headless = run("1 init\n", TestIndicators.none());

        assertThat(bad.records()).hasSize(4);
        assertThat(bad.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .startsWith("2 process line(s)").contains("line 6"));
        assertThat(headless.records()).isEmpty();
        assertThat(headless.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("no header"));
    }
}
