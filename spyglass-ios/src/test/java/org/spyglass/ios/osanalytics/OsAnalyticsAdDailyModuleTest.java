package org.spyglass.ios.osanalytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class OsAnalyticsAdDailyModuleTest {
    private static final Indicators PEGASUS = TestIndicators.of().process("bh", "Pegasus")
            .process("roleaccountd", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void emitsOneRecordPerProcessOfTheBaseline() throws Exception {
        ModuleRun.Result<NetUsageBaseline> result = run(OsAnalyticsFixtures.plist(), PEGASUS);

        assertThat(result.records()).hasSize(OsAnalyticsFixtures.RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new NetUsageBaseline("com.apple.WebKit.Networking",
                OsAnalyticsFixtures.DAY, 52_428_800L, 2_097_152L, 10_485_760L, 524_288L));
    }

    @Test
    void raisesACriticalAlertForASpywareProcessNameOnly() throws Exception {
        ModuleRun.Result<NetUsageBaseline> result = run(OsAnalyticsFixtures.plist(), PEGASUS);

        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(OsAnalyticsFixtures.ALERT_LEVELS);
        assertThat(result.alerts().get(0).message()).startsWith("Found a known spyware process name in "
                + "com.apple.osanalytics.addaily.plist: \"bh\" matched indicator \"bh\"").endsWith("\"Pegasus\"");
        assertThat(result.alerts().get(0).eventTime()).isEqualTo(OsAnalyticsFixtures.DAY);
    }

    @Test
    void flagsAProcessNamedLikeAGenuineDaemon() throws Exception {
        NSDictionary baseline = new NSDictionary();
        baseline.put("launchafd", OsAnalyticsFixtures.entry(OsAnalyticsFixtures.DAY, 1, 2, 3, 4));
        baseline.put("nsurlsessiond", OsAnalyticsFixtures.entry(OsAnalyticsFixtures.DAY, 1, 2, 3, 4));
        ModuleRun.Result<NetUsageBaseline> result = run(root(baseline), TestIndicators.none());

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.MEDIUM);
            assertThat(alert.heuristic().id()).isEqualTo("ios.os_analytics_ad_daily.daemon-lookalike");
            assertThat(alert.message()).isEqualTo("com.apple.osanalytics.addaily.plist process \"launchafd\" "
                    + "imitates the iOS daemon \"launchd\" (2 characters differ; a Pegasus process name)");
        });
    }

    @Test
    void putsEachEntryOnTheTimelineWithItsCounters() throws Exception {
        ModuleRun.Result<NetUsageBaseline> result = run(OsAnalyticsFixtures.plist(), TestIndicators.none());

        assertThat(result.events()).hasSize(4).contains(new TimelineEvent(OsAnalyticsFixtures.DAY,
                "os_analytics_ad_daily", "osanalytics_addaily",
                "bh WIFI IN: 1200, WIFI OUT: 3450000 - WWAN IN: 900, WWAN OUT: 2810000"));
    }

    @Test
    void warnsAboutAnEntryThatIsNotADateAndFourCountsAndKeepsTheOthers() throws Exception {
        NSDictionary baseline = new NSDictionary();
        baseline.put("short", new NSArray(new NSNumber(1)));
        baseline.put("texts", new NSArray(new NSNumber(true), new NSNumber(1.0), new NSNumber(2.4),
                new NSNumber(3), new NSNumber(false)));
        baseline.put("mediaserverd", OsAnalyticsFixtures.entry(OsAnalyticsFixtures.DAY, 1, 2, 3, 4));
        ModuleRun.Result<NetUsageBaseline> result = run(root(baseline), TestIndicators.none());

        assertThat(result.records()).containsExactly(new NetUsageBaseline("texts", null, 1L, 2L, 3L, null),
                new NetUsageBaseline("mediaserverd", OsAnalyticsFixtures.DAY, 1L, 2L, 3L, 4L));
        assertThat(result.warnings()).extracting(w -> w.location().substring(w.location().indexOf(": ") + 2))
                .containsExactly("netUsageBaseline.short", "netUsageBaseline.texts", "netUsageBaseline.texts");
    }

    @Test
    void notesAbsenceWhenThereIsNoBaseline() throws Exception {
        NSDictionary root = new NSDictionary();
        root.put("version", new NSNumber(2));
        ModuleRun.Result<NetUsageBaseline> result = run(BinaryPropertyListWriter.writeToArray(root),
                TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(a -> assertThat(a.message()).contains("no netUsageBaseline"));
    }

    private static byte[] root(NSDictionary baseline) throws Exception {
        NSDictionary root = new NSDictionary();
        root.put("netUsageBaseline", baseline);
        return BinaryPropertyListWriter.writeToArray(root);
    }

    private ModuleRun.Result<NetUsageBaseline> run(byte[] plist, Indicators indicators) throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).file("HomeDomain", OsAnalyticsFixtures.RELATIVE_PATH, plist);
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new OsAnalyticsAdDailyModule(), source, indicators);
        }
    }
}
