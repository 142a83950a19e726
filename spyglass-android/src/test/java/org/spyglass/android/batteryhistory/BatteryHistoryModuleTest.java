package org.spyglass.android.batteryhistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spyglass.android.bugreport.BugreportSource;
import org.spyglass.android.testing.BugreportBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class BatteryHistoryModuleTest {
    static final String BATTERYSTATS = """
            Battery History (2% used, 80KB used of 4096KB, 166 strings using 15KB):
                                0 (15) RESET:TIME: 2024-03-02-01-00-00
                                0 (2) 100 status=discharging health=good plug=none +running +wake_lock +screen
                       +1s002ms (2) 100 +job=u0a190:"com.thetruth/.SyncJob"
                       +1s010ms (2) 100 -job=u0a190:"com.thetruth/.SyncJob"
                     +2m03s000ms (2) 100 +running +wake_lock=u0a190:"*alarm*"
                     +5m00s000ms (3) 100 +top=u0a77:"com.example.maps" -top=u0a190:"com.thetruth"
                  +1h00m00s000ms (3) 099 pkginst=u0a191:"com.newapp"
                  bogus line
                  +1h00m01s000ms (3) 099 pkgunin=u0a191:"com.newapp" +sync=u0a77:"sync-adapter"

            Per-PID Stats:
              PID 1234 wake time: +1s
            """;

    @TempDir
    Path dir;

    private ModuleRun.Result<BatteryEvent> run(BugreportBuilder builder, Indicators indicators) throws Exception {
        try (BugreportSource source = BugreportSource.open(builder.writeFolder(dir, "bugreport"))) {
            return ModuleRun.run(new BatteryHistoryModule(), source, indicators);
        }
    }

    @Test
    void readsEachAppEventWithItsClock() throws Exception {
        ModuleRun.Result<BatteryEvent> result = run(BugreportBuilder.create().service("batterystats", BATTERYSTATS),
                TestIndicators.none());

        assertThat(result.records()).extracting(BatteryEvent::event).containsExactly("start_job", "end_job", "wake",
                "start_top", "end_top", "install_package", "uninstall_package");
        assertThat(result.records().get(0)).isEqualTo(new BatteryEvent("+1s002ms", "start_job", "u0a190",
                "com.thetruth", "com.thetruth/.SyncJob", "2024-03-02T01:00:01.002",
                Instant.parse("2024-03-02T00:00:01.002Z"), true, BugreportSource.DUMPSTATE));
        assertThat(result.records().get(2).packageName()).isNull();
        assertThat(result.events()).extracting(TimelineEvent::timestamp).last()
                .isEqualTo(Instant.parse("2024-03-02T01:00:01Z"));
        assertThat(result.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("1 battery history line(s)"));
    }

    @Test
    void matchesPackagesAsAppIds() throws Exception {
        ModuleRun.Result<BatteryEvent> result = run(BugreportBuilder.create().service("batterystats", BATTERYSTATS),
                TestIndicators.of().add(IndicatorType.APP_ID, "com.thetruth", "TheTruthSpy", "stalkerware").build());

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL, Level.CRITICAL,
                Level.CRITICAL);
        assertThat(result.alerts().get(0).message()).startsWith("Found a known malicious app in the battery history: "
                + "start_job com.thetruth/.SyncJob (uid u0a190) at 2024-03-02T01:00:01.002 device-local");
    }

    @Test
    void keepsEventsWithoutAClockOffTheTimelineAndWarnsWhenCut() throws Exception {
        String noClock = BATTERYSTATS.replace("RESET:TIME: 2024-03-02-01-00-00", "RESET");
        String cut = noClock.substring(0, noClock.indexOf("+5m00s"));
        ModuleRun.Result<BatteryEvent> result = run(BugreportBuilder.create()
                .raw("DUMP OF SERVICE batterystats:\n" + cut), TestIndicators.none());

        assertThat(result.records()).hasSize(3).allSatisfy(e -> assertThat(e.localTime()).isNull());
        assertThat(result.events()).isEmpty();
        assertThat(result.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("section ends unfinished"));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "+1s002ms, 1002", "+2m03s000ms, 123000", "+1h00m00s000ms, 3600000", "+1d02h, 93600000",
            "+5m, 300000", "abc, -1", "+, -1"})
    void readsElapsedTimes(String elapsed, long millis) {
        assertThat(BatteryHistoryParser.millis(elapsed)).isEqualTo(millis);
    }
}
