package org.spyglass.android.appops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.bugreport.BugreportSource;
import org.spyglass.android.testing.BugreportBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class AppOpsModuleTest {
    static final String APPOPS = """
            Current AppOps Service state:
              Settings:
                top_state_settle_time=+30s0ms

              Uid 0:
                state=pers
                Package com.android.shell:
                  READ_CLIPBOARD (allow):
                    Access: [pers-s] 2024-03-01 09:00:00.000 (-1d1h15m30s)
              Uid u0a190:
                state=cch
                Package com.thetruth:
                  REQUEST_INSTALL_PACKAGES (allow):
                    null=[
                      Access: [fg-s] 2024-02-28 22:41:07.512 (-3d11h34m)
                      Reject: [bg] 2024-02-29 01:02:03.004 (-3d9h13m)
                    ]
                  CAMERA (ignore):
                Package com.example.weather:
                  COARSE_LOCATION (allow):
                    Access: [top] 2024-03-02 08:00:00 (-2h15m)
            """;

    @TempDir
    Path dir;

    private ModuleRun.Result<AppOp> run(BugreportBuilder builder, Indicators indicators) throws Exception {
        try (BugreportSource source = BugreportSource.open(builder.service("appops", APPOPS)
                .writeZip(dir, "bugreport.zip"))) {
            return ModuleRun.run(new AppOpsModule(), source, indicators);
        }
    }

    @Test
    void readsEachEntryWithItsLocalAndUtcTime() throws Exception {
        ModuleRun.Result<AppOp> result = run(BugreportBuilder.create(), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(5);
        assertThat(result.records().get(1)).isEqualTo(new AppOp("u0a190", "com.thetruth", "REQUEST_INSTALL_PACKAGES",
                "allow", "Access", "fg-s", "2024-02-28T22:41:07.512", Instant.parse("2024-02-28T21:41:07.512Z"), true,
                BugreportSource.DUMPSTATE));
        assertThat(result.records().get(3)).satisfies(op -> {
            assertThat(op.permission()).isEqualTo("CAMERA");
            assertThat(op.access()).isNull();
            assertThat(op.mode()).isEqualTo("ignore");
        });
        assertThat(result.records().get(4).localTime()).isEqualTo("2024-03-02T08:00");
    }

    @Test
    void keepsOnlyTheLocalTimeWhenTheTimeZoneIsUnknown() throws Exception {
        ModuleRun.Result<AppOp> result = run(BugreportBuilder.create().property("persist.sys.timezone", ""),
                TestIndicators.none());

        assertThat(result.records().get(1).time()).isNull();
        assertThat(result.records().get(1).timeInUtc()).isFalse();
        assertThat(result.events()).extracting(TimelineEvent::description)
                .anySatisfy(d -> assertThat(d).contains("time zone unknown"));
    }

    @Test
    void flagsInstallRequestsAndShellOperationsPerEntry() throws Exception {
        ModuleRun.Result<AppOp> result = run(BugreportBuilder.create(), TestIndicators.none());

        assertThat(result.alerts()).extracting(a -> a.heuristic().id()).containsExactly(
                AppOpsChecker.SHELL_OPERATION.id(), AppOpsChecker.INSTALLS_PACKAGES.id(),
                AppOpsChecker.INSTALLS_PACKAGES.id());
        assertThat(result.alerts().get(1).message()).isEqualTo("com.thetruth access to REQUEST_INSTALL_PACKAGES: "
                + "Access [fg-s] at 2024-02-28T22:41:07.512 device-local time");
        assertThat(result.alerts().get(1).eventTime()).isEqualTo(Instant.parse("2024-02-28T21:41:07.512Z"));
    }

    @Test
    void matchesEachPackageOnce() throws Exception {
        ModuleRun.Result<AppOp> result = run(BugreportBuilder.create(), TestIndicators.of()
                .add(IndicatorType.APP_ID, "com.thetruth", "TheTruthSpy", "stalkerware").build());

        assertThat(result.alerts()).filteredOn(a -> a.heuristic() == null).extracting(Alert::level)
                .containsExactly(Level.CRITICAL);
    }

    @Test
    void putsEachEntryOnTheTimeline() throws Exception {
        ModuleRun.Result<AppOp> result = run(BugreportBuilder.create(), TestIndicators.none());

        assertThat(result.events()).extracting(TimelineEvent::event)
                .containsExactly("Access", "Access", "Reject", "Access");
    }
}
