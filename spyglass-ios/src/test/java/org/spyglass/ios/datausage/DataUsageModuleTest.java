package org.spyglass.ios.datausage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.testing.BackupBuilder.live;
import static org.spyglass.ios.testing.BackupBuilder.liveCellular;
import static org.spyglass.ios.testing.BackupBuilder.process;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class DataUsageModuleTest {
    private static final Instant FIRST = Instant.parse("2019-07-05T14:05:13Z");
    private static final Instant LAST = Instant.parse("2019-07-05T14:20:00Z");
    private static final Instant LIVE = Instant.parse("2019-07-05T14:06:00Z");
    private static final Indicators PEGASUS = TestIndicators.of().process("bh", "Pegasus")
            .process("roleaccountd", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void emitsLiveRowsWithTheirProcessProcessesWithoutLiveRowsAndOrphanLiveRows() throws Exception {
        ModuleRun.Result<DataUsageRecord> result = run(BackupBuilder.DATAUSAGE_IOS14,
                process(1, "Weather", "com.apple.weather", FIRST, LAST)
                        + process(2, "Mail", "com.apple.mobilemail", FIRST, LAST)
                        + live(10, 1, LIVE, 100, 200, 300, 400)
                        + live(11, 1, LIVE.plusSeconds(60), 1, 2, 3, 4)
                        + live(12, 9, LIVE, 0, 0, 5000, 600), TestIndicators.none());

        assertThat(result.records()).hasSize(4);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new DataUsageRecord(1L, "Weather", "com.apple.weather", FIRST,
                LAST, 10L, 1L, LIVE, 100.0, 200.0, 300.0, 400.0));
        assertThat(result.records().get(2)).isEqualTo(new DataUsageRecord(2L, "Mail", "com.apple.mobilemail", FIRST,
                LAST, null, null, null, null, null, null, null));
        assertThat(result.records().get(3)).isEqualTo(new DataUsageRecord(null, null, null, null, null, 12L, 9L,
                LIVE, 0.0, 0.0, 5000.0, 600.0));
    }

    @Test
    void raisesACriticalAlertPerProcessWhoseNameIsAnIndicator() throws Exception {
        ModuleRun.Result<DataUsageRecord> result = run(BackupBuilder.DATAUSAGE_IOS14,
                process(1, "bh", null, FIRST, LAST) + process(2, "roleaccountd", null, FIRST, LAST)
                        + process(3, "Weather", "com.apple.weather", FIRST, LAST)
                        + live(1, 1, LIVE, 0, 0, 1, 1) + live(2, 1, LIVE, 0, 0, 2, 2), PEGASUS);

        assertThat(result.alerts()).hasSize(2).allSatisfy(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.module()).isEqualTo("datausage");
            assertThat(alert.heuristic()).isNull();
        });
        assertThat(result.alerts().get(0).message()).contains("\"bh\"").contains("\"Pegasus\"");
        assertThat(result.alerts().get(0).eventTime()).isEqualTo(FIRST);
        assertThat(result.alerts().get(1).message()).contains("\"roleaccountd\"");
    }

    @Test
    void flagsAProcessNamedLikeAGenuineDaemonOnceNamingTheDaemon() throws Exception {
        ModuleRun.Result<DataUsageRecord> result = run(BackupBuilder.DATAUSAGE_IOS14,
                process(1, "launchafd", null, FIRST, LAST) + process(2, "imagentd", null, FIRST, LAST)
                        + process(3, "launchd", null, FIRST, LAST) + process(4, "Weather", "com.apple.weather",
                        FIRST, LAST) + live(1, 1, LIVE, 0, 0, 1, 1) + live(2, 1, LIVE, 0, 0, 2, 2),
                TestIndicators.none());

        assertThat(result.alerts()).extracting(Alert::message).containsExactly(
                "DataUsage.sqlite process \"launchafd\" imitates the iOS daemon \"launchd\" (2 characters differ; "
                        + "a Pegasus process name)",
                "DataUsage.sqlite process \"imagentd\" is spelled almost like the iOS daemon \"imagent\" "
                        + "(1 character differs)");
        assertThat(result.alerts()).allSatisfy(alert -> {
            assertThat(alert.level()).isEqualTo(Level.MEDIUM);
            assertThat(alert.heuristic().id()).isEqualTo("ios.datausage.daemon-lookalike");
            assertThat(alert.eventTime()).isEqualTo(FIRST);
        });
    }

    @Test
    void flagsALiveRowWhoseProcessWasDeletedAndNotesTheGapOnce() throws Exception {
        ModuleRun.Result<DataUsageRecord> result = run(BackupBuilder.DATAUSAGE_IOS14,
                process(1, "Weather", null, FIRST, LAST) + process(5, "Mail", null, FIRST, LAST)
                        + live(1, 1, LIVE, 1, 1, 1, 1) + live(2, 3, LIVE, 0, 0, 2_810_000, 204_000),
                TestIndicators.none());

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.LOW, Level.HIGH);
        Alert gap = result.alerts().get(0);
        assertThat(gap.heuristic().id()).isEqualTo("ios.datausage.process-id-gap");
        assertThat(gap.message()).contains("Process rows 2 to 4 are missing").contains("jump from 1 to 5");
        Alert deleted = result.alerts().get(1);
        assertThat(deleted.heuristic().id()).isEqualTo("ios.datausage.deleted-process");
        assertThat(deleted.heuristic().explanation()).contains("Pegasus").contains("not proof");
        assertThat(deleted.message()).contains("usage row 2 points to process 3");
        assertThat(deleted.eventTime()).isEqualTo(LIVE);
    }

    @Test
    void notesAGapBeforeTheFirstProcessAsOneRange() throws Exception {
        ModuleRun.Result<DataUsageRecord> result = run(BackupBuilder.DATAUSAGE_IOS14,
                process(2, "a", null, FIRST, LAST) + process(3, "b", null, FIRST, LAST)
                        + process(5, "c", null, FIRST, LAST), TestIndicators.none());

        assertThat(result.alerts()).extracting(Alert::message).containsExactly(
                "Process row 1 is missing from DataUsage.sqlite (the ZPROCESS keys jump from 0 to 2)",
                "Process row 4 is missing from DataUsage.sqlite (the ZPROCESS keys jump from 3 to 5)");
    }

    @Test
    void readsAnOldSchemaWithoutWifiColumns() throws Exception {
        ModuleRun.Result<DataUsageRecord> result = run(BackupBuilder.DATAUSAGE_NO_WIFI,
                process(1, "Weather", "com.apple.weather", FIRST, LAST) + liveCellular(1, 1, LIVE, 30, 40),
                TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new DataUsageRecord(1L, "Weather", "com.apple.weather", FIRST,
                LAST, 1L, 1L, LIVE, null, null, 30.0, 40.0));
    }

    @Test
    void putsFirstAndCurrentUsageOncePerProcessAndEveryLiveRowOnTheTimeline() throws Exception {
        ModuleRun.Result<DataUsageRecord> result = run(BackupBuilder.DATAUSAGE_IOS14,
                process(1, "Weather", "com.apple.weather", FIRST, LAST) + live(1, 1, LIVE, 1, 2, 3, 4)
                        + live(2, 1, LIVE, 5, 6, 7, 8), TestIndicators.none());

        assertThat(result.events()).extracting(TimelineEvent::event)
                .containsExactly("first_usage", "current_usage", "live_usage", "live_usage");
        assertThat(result.events().get(2)).isEqualTo(new TimelineEvent(LIVE, "datausage", "live_usage",
                "com.apple.weather / Weather: WIFI IN: 1, WIFI OUT: 2 - WWAN IN: 3, WWAN OUT: 4"));
    }

    @Test
    void notesAbsenceWhenTheProcessTableIsMissing() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).database("WirelessDomain", "Library/Databases/DataUsage.sqlite",
                "CREATE TABLE other (x INTEGER)");
        try (BackupSource source = BackupSource.open(builder.build())) {
            ModuleRun.Result<DataUsageRecord> result = ModuleRun.run(new DataUsageModule(), source,
                    TestIndicators.none());
            assertThat(result.records()).isEmpty();
            assertThat(result.warnings()).isEmpty();
            assertThat(result.absences()).singleElement()
                    .satisfies(note -> assertThat(note.message()).contains("no ZPROCESS table"));
        }
    }

    private ModuleRun.Result<DataUsageRecord> run(String schema, String rows, Indicators indicators)
            throws Exception {
        try (BackupSource source = BackupSource.open(BackupBuilder.in(dir).dataUsage(schema, rows).build())) {
            return ModuleRun.run(new DataUsageModule(), source, indicators);
        }
    }

    @Test
    void reportsEachProcessFirstAndLastSeenAndNothingForAnOrphanLiveRow() throws Exception {
        ModuleRun.Result<DataUsageRecord> result = run(BackupBuilder.DATAUSAGE_IOS14,
                process(1, "bh", null, FIRST, LAST) + live(10, 1, LIVE, 0, 0, 1, 1) + live(12, 9, LIVE, 0, 0, 5, 6),
                TestIndicators.none());

        assertThat(result.records()).hasSize(2);
        assertThat(result.processes()).containsExactly(
                new ProcessSighting("bh", null, FIRST, ProcessSighting.FIRST_SEEN, DataUsageModule.PATH),
                new ProcessSighting("bh", null, LAST, ProcessSighting.LAST_SEEN, DataUsageModule.PATH));
    }
}
