package org.spyglass.ios.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.testing.BackupBuilder.process;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.datausage.DataUsageModule;
import org.spyglass.ios.datausage.DataUsageRecord;
import org.spyglass.ios.idstatuscache.IdStatusCacheFixtures;
import org.spyglass.ios.testing.BackupBuilder;

class LookupProcessCorrelationModuleTest {
    private static final Indicators PEGASUS = TestIndicators.of()
            .add(IndicatorType.EMAIL, IdStatusCacheFixtures.ATTACKER, "Pegasus").process("bh", "Pegasus").build();
    private static final Instant LOOKUP = IdStatusCacheFixtures.ATTACKER_LOOKUP;
    private static final Instant LAST = Instant.parse("2021-07-11T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void pairsEachProcessFirstSeenWithinTenMinutesAfterAnEmailLookup() throws Exception {
        ModuleRun.Result<LookupThenProcess> result = run(CorrelationFixtures.addTo(BackupBuilder.in(dir)), PEGASUS);

        assertThat(result.records()).hasSize(CorrelationFixtures.RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).extracting(LookupThenProcess::procName)
                .containsExactly("Mail", "nsurlsessiond", "bh");
        assertThat(result.records().get(2)).isEqualTo(new LookupThenProcess(LOOKUP, "com.apple.madrid",
                "mailto:bekkerfredi@gmail.com", CorrelationFixtures.BH_FIRST_SEEN, "bh", null, 4, 95));
    }

    @Test
    void raisesOneHighAlertForTheUnknownProcessAfterTheAttackerLookupOnly() throws Exception {
        ModuleRun.Result<LookupThenProcess> result = run(CorrelationFixtures.addTo(BackupBuilder.in(dir)), PEGASUS);

        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(CorrelationFixtures.ALERT_LEVELS);
        Alert alert = result.alerts().get(0);
        assertThat(alert.heuristic().id()).isEqualTo("ios.correlation.lookup-then-process");
        assertThat(alert.heuristic().explanation()).contains("zero-click").contains("does not prove");
        assertThat(alert.eventTime()).isEqualTo(CorrelationFixtures.BH_FIRST_SEEN);
        assertThat(alert.message()).startsWith("Process \"bh\" (no bundle id) first used the network at "
                + "2021-07-10T13:17:55Z according to DataUsage.sqlite, 95 seconds after IDStatusCache recorded a "
                + "lookup of \"mailto:bekkerfredi@gmail.com\" for com.apple.madrid at 2021-07-10T13:16:20Z; the "
                + "handle matched indicator \"bekkerfredi@gmail.com\"").endsWith("from \"Pegasus\"");
    }

    @Test
    void fixtureDataUsageGivesTheDocumentedDatausageOutcome() throws Exception {
        try (BackupSource source = BackupSource.open(CorrelationFixtures.addTo(BackupBuilder.in(dir)).build())) {
            ModuleRun.Result<DataUsageRecord> result = ModuleRun.run(new DataUsageModule(), source, PEGASUS);

            assertThat(result.records()).hasSize(CorrelationFixtures.DATAUSAGE_RECORDS);
            assertThat(result.warnings()).isEmpty();
            assertThat(result.alerts()).extracting(Alert::level).isEqualTo(CorrelationFixtures.DATAUSAGE_ALERT_LEVELS);
        }
    }

    @Test
    void raisesNothingWithoutAnIndicatorForTheLookedUpAddress() throws Exception {
        ModuleRun.Result<LookupThenProcess> result = run(CorrelationFixtures.addTo(BackupBuilder.in(dir)),
                TestIndicators.of().process("bh", "Pegasus").build());

        assertThat(result.records()).hasSize(CorrelationFixtures.RECORDS);
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void correlatesAMalformedHandleWithoutIndicatorsAndCitesTheClosestLookupOnce() throws Exception {
        NSDictionary madrid = new NSDictionary();
        madrid.put("mailto:\0\0probe@example.com", lookup(LOOKUP));
        madrid.put("mailto:\0\0again@example.com", lookup(LOOKUP.plusSeconds(30)));
        madrid.put("tel:+15550109", lookup(LOOKUP.plusSeconds(31)));
        BackupBuilder builder = cache(madrid).dataUsage(BackupBuilder.DATAUSAGE_IOS14,
                process(7, "pstid", null, LOOKUP.plusSeconds(60), LAST));
        ModuleRun.Result<LookupThenProcess> result = run(builder, TestIndicators.none());

        assertThat(result.records()).extracting(LookupThenProcess::secondsAfter).containsExactly(30L, 60L);
        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.HIGH);
            assertThat(alert.message()).contains("30 seconds after").contains("mailto:\\x00\\x00again@example.com")
                    .endsWith("the handle is malformed (two NUL characters in a row)");
        });
    }

    @Test
    void leavesOutProcessesBeforeTheLookupOrOutsideTheWindow() throws Exception {
        NSDictionary madrid = new NSDictionary();
        madrid.put("mailto:" + IdStatusCacheFixtures.ATTACKER, lookup(LOOKUP));
        BackupBuilder builder = cache(madrid).dataUsage(BackupBuilder.DATAUSAGE_IOS14,
                process(1, "before", null, LOOKUP.minusSeconds(1), LAST)
                        + process(2, "atonce", null, LOOKUP, LAST)
                        + process(3, "edge", null, LOOKUP.plusSeconds(600), LAST)
                        + process(4, "late", null, LOOKUP.plusSeconds(601), LAST));
        ModuleRun.Result<LookupThenProcess> result = run(builder, PEGASUS);

        assertThat(result.records()).extracting(LookupThenProcess::procName).containsExactly("atonce", "edge");
        assertThat(result.alerts()).hasSize(2);
    }

    @Test
    void putsEachPairOnTheTimelineAtTheProcessTime() throws Exception {
        ModuleRun.Result<LookupThenProcess> result = run(CorrelationFixtures.addTo(BackupBuilder.in(dir)), PEGASUS);

        assertThat(result.events()).hasSize(3).contains(new TimelineEvent(CorrelationFixtures.BH_FIRST_SEEN,
                "lookup_process_correlation", "lookup_then_process", "bh first used the network 95 seconds after "
                + "the lookup of mailto:bekkerfredi@gmail.com within com.apple.madrid"));
    }

    @Test
    void notesAbsenceWhenDataUsageIsMissing() throws Exception {
        ModuleRun.Result<LookupThenProcess> result = run(IdStatusCacheFixtures.addTo(BackupBuilder.in(dir)),
                PEGASUS);

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(a -> assertThat(a.message()).startsWith("DataUsage.sqlite is not in this evidence"));
    }

    @Test
    void notesAbsenceWhenIdStatusCacheIsMissing() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).dataUsage(BackupBuilder.DATAUSAGE_IOS14,
                process(1, "bh", null, LOOKUP, LAST));
        ModuleRun.Result<LookupThenProcess> result = run(builder, PEGASUS);

        assertThat(result.records()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(a -> assertThat(a.message()).contains("iOS 14.7"));
    }

    @Test
    void notesAbsenceWhenDataUsageHasNoProcessTable() throws Exception {
        BackupBuilder builder = IdStatusCacheFixtures.addTo(BackupBuilder.in(dir))
                .database("WirelessDomain", "Library/Databases/DataUsage.sqlite", "CREATE TABLE other (x INTEGER)");
        ModuleRun.Result<LookupThenProcess> result = run(builder, PEGASUS);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(a -> assertThat(a.message()).contains("no ZPROCESS table"));
    }

    private BackupBuilder cache(NSDictionary madrid) throws Exception {
        NSDictionary root = new NSDictionary();
        root.put("com.apple.madrid", madrid);
        return BackupBuilder.in(dir).file("HomeDomain", IdStatusCacheFixtures.RELATIVE_PATH,
                BinaryPropertyListWriter.writeToArray(root));
    }

    private static NSDictionary lookup(Instant when) {
        NSDictionary entry = new NSDictionary();
        entry.put("LookupDate", new NSNumber(SqlScript.appleSeconds(when)));
        entry.put("IDStatus", new NSNumber(1));
        return entry;
    }

    private ModuleRun.Result<LookupThenProcess> run(BackupBuilder builder, Indicators indicators) throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new LookupProcessCorrelationModule(), source, indicators);
        }
    }
}
