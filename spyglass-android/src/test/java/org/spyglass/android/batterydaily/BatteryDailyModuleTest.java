package org.spyglass.android.batterydaily;

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

class BatteryDailyModuleTest {
    static final String BATTERYSTATS = """
            Battery History (1% used, 5KB used of 4096KB, 42 strings using 3KB):
              Daily stats:
                Current start time: 2024-03-02-01-00-00
                Daily from 2024-03-01-01-00-00 to 2024-03-02-01-00-00:
                  Update com.example.maps vers=100
                  Update com.thetruth vers=0
                Daily from 2024-02-29-01-00-00 to 2024-03-01-01-00-00:
                  Update com.example.maps vers=120
                  Update com.example.maps vers=120
                Daily from 2024-02-xx-01-00-00 to 2024-02-29-01-00-00:
                  Update com.example.old vers=1
            """;

    @TempDir
    Path dir;

    private ModuleRun.Result<DailyUpdate> run(Indicators indicators) throws Exception {
        try (BugreportSource source = BugreportSource.open(BugreportBuilder.create()
                .service("batterystats", BATTERYSTATS).writeFolder(dir, "bugreport"))) {
            return ModuleRun.run(new BatteryDailyModule(), source, indicators);
        }
    }

    @Test
    void readsEachUpdateOncePerPeriod() throws Exception {
        ModuleRun.Result<DailyUpdate> result = run(TestIndicators.none());

        assertThat(result.records()).containsExactly(
                new DailyUpdate("com.example.maps", 100, "2024-03-01", "2024-03-02",
                        BugreportSource.DUMPSTATE),
                new DailyUpdate("com.thetruth", 0, "2024-03-01", "2024-03-02",
                        BugreportSource.DUMPSTATE),
                new DailyUpdate("com.example.maps", 120, "2024-02-29", "2024-03-01",
                        BugreportSource.DUMPSTATE));
        assertThat(result.events()).extracting(TimelineEvent::timestamp)
                .containsExactly(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-01T00:00:00Z"),
                        Instant.parse("2024-02-29T00:00:00Z"));
    }

    @Test
    void skipsAPeriodWithUnreadableDatesWithOneWarning() throws Exception {
        ModuleRun.Result<DailyUpdate> result = run(TestIndicators.none());

        assertThat(result.records()).extracting(DailyUpdate::packageName).doesNotContain("com.example.old");
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message()).startsWith("1 daily"));
    }

    @Test
    void flagsUninstallsDowngradesAndKnownPackages() throws Exception {
        ModuleRun.Result<DailyUpdate> result = run(TestIndicators.of()
                .add(IndicatorType.APP_ID, "com.thetruth", "TheTruthSpy", "stalkerware").build());

        assertThat(result.alerts()).extracting(Alert::level)
                .containsExactly(Level.CRITICAL, Level.MEDIUM, Level.MEDIUM);
        assertThat(result.alerts().get(1).heuristic()).isEqualTo(BatteryDailyChecker.UNINSTALL);
        assertThat(result.alerts().get(2).message()).isEqualTo("The app com.example.maps went from version 120 "
                + "(2024-02-29) down to 100 (2024-03-01)");
    }
}
