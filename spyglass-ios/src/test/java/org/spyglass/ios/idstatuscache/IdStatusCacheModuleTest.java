package org.spyglass.ios.idstatuscache;

import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.NSDate;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
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
import org.spyglass.ios.testing.BackupBuilder;

class IdStatusCacheModuleTest {
    private static final Indicators PEGASUS = TestIndicators.of()
            .add(IndicatorType.EMAIL, IdStatusCacheFixtures.ATTACKER, "Pegasus").build();
    private static final String FS_PATH = "Library/IdentityServices/idstatuscache.plist";

    @TempDir
    Path dir;

    @Test
    void emitsEveryLookupWithHowOftenItsHandleOccurs() throws Exception {
        ModuleRun.Result<IdStatusCacheRecord> result = run(IdStatusCacheFixtures.plist(), PEGASUS);

        assertThat(result.records()).hasSize(IdStatusCacheFixtures.RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).contains(new IdStatusCacheRecord("com.apple.madrid", "tel:+15550101",
                Instant.parse("2021-07-01T09:00:00Z"), 1L, 2));
        assertThat(result.records()).filteredOn(r -> r.user().startsWith("mailto:"))
                .extracting(IdStatusCacheRecord::occurrences).containsOnly(1);
    }

    @Test
    void raisesACriticalAlertForALookupOfAnAttackerAccountOnly() throws Exception {
        ModuleRun.Result<IdStatusCacheRecord> result = run(IdStatusCacheFixtures.plist(), PEGASUS);

        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(IdStatusCacheFixtures.ALERT_LEVELS);
        Alert alert = result.alerts().get(0);
        assertThat(alert.message()).isEqualTo("IDStatusCache lookup of \"mailto:bekkerfredi@gmail.com\" for "
                + "com.apple.madrid matched indicator \"bekkerfredi@gmail.com\" (" + alert.matches().get(0).how()
                + ") from \"Pegasus\"");
        assertThat(alert.eventTime()).isEqualTo(IdStatusCacheFixtures.ATTACKER_LOOKUP);
        assertThat(alert.heuristic()).isNull();
    }

    @Test
    void matchesAQuotedAddressAndIgnoresTheCaseOfTheScheme() throws Exception {
        NSDictionary madrid = new NSDictionary();
        madrid.put("MAILTO:'bekkerfredi@gmail.com'", IdStatusCacheFixtures.lookup(Instant.parse(
                "2021-07-10T13:16:20Z"), 1));
        ModuleRun.Result<IdStatusCacheRecord> result = run(root("com.apple.madrid", madrid), PEGASUS);

        assertThat(result.alerts()).singleElement().satisfies(a -> assertThat(a.level()).isEqualTo(Level.CRITICAL));
    }

    @Test
    void flagsAHandleWithTwoNulCharactersWithoutIndicators() throws Exception {
        NSDictionary madrid = new NSDictionary();
        madrid.put("mailto:\0\0x@example.com", IdStatusCacheFixtures.lookup(Instant.parse("2021-03-01T10:00:00Z"),
                2));
        madrid.put("mailto:one\0nul@example.com", IdStatusCacheFixtures.lookup(Instant.parse(
                "2021-03-01T10:00:01Z"), 2));
        ModuleRun.Result<IdStatusCacheRecord> result = run(root("com.apple.madrid", madrid), TestIndicators.none());

        assertThat(result.records()).extracting(IdStatusCacheRecord::user)
                .containsExactly("mailto:\\x00\\x00x@example.com", "mailto:one\\x00nul@example.com");
        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.MEDIUM);
            assertThat(alert.heuristic().id()).isEqualTo("ios.id_status_cache.malformed-handle");
            assertThat(alert.heuristic().explanation()).contains("not proof");
            assertThat(alert.message()).contains("mailto:\\x00\\x00x@example.com");
        });
    }

    @Test
    void putsEveryDatedLookupOnTheTimeline() throws Exception {
        ModuleRun.Result<IdStatusCacheRecord> result = run(IdStatusCacheFixtures.plist(), TestIndicators.none());

        assertThat(result.events()).hasSize(4).contains(new TimelineEvent(IdStatusCacheFixtures.ATTACKER_LOOKUP,
                "id_status_cache", "lookup", "Lookup of mailto:bekkerfredi@gmail.com within com.apple.madrid "
                + "(Status 1)"));
    }

    @Test
    void keepsALookupWithoutDateAndReadsADateObject() throws Exception {
        NSDictionary noDate = new NSDictionary();
        noDate.put("IDStatus", new NSNumber(2));
        NSDictionary dated = new NSDictionary();
        dated.put("LookupDate", new NSDate(Date.from(Instant.parse("2020-01-02T03:04:05Z"))));
        dated.put("IDStatus", new NSNumber(1));
        NSDictionary madrid = new NSDictionary();
        madrid.put("tel:+15550102", noDate);
        madrid.put("tel:+15550103", dated);
        NSDictionary root = root("com.apple.madrid", madrid);
        root.put("LastPruneDate", new NSNumber(640_000_000.0));
        ModuleRun.Result<IdStatusCacheRecord> result = run(root, TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(
                new IdStatusCacheRecord("com.apple.madrid", "tel:+15550102", null, 2L, 1),
                new IdStatusCacheRecord("com.apple.madrid", "tel:+15550103", Instant.parse("2020-01-02T03:04:05Z"),
                        1L, 1));
        assertThat(result.events()).hasSize(1);
    }

    @Test
    void warnsAboutValuesOfTheWrongTypeAndKeepsTheRest() throws Exception {
        NSDictionary bad = new NSDictionary();
        bad.put("LookupDate", "yesterday");
        bad.put("IDStatus", "one");
        NSDictionary madrid = new NSDictionary();
        madrid.put("tel:+15550104", bad);
        madrid.put("tel:+15550105", "not a dictionary");
        ModuleRun.Result<IdStatusCacheRecord> result = run(root("com.apple.madrid", madrid), TestIndicators.none());

        assertThat(result.records()).containsExactly(
                new IdStatusCacheRecord("com.apple.madrid", "tel:+15550104", null, null, 1));
        assertThat(result.warnings()).hasSize(3);
    }

    @Test
    void readsTheFileSystemLocationAndWarnsAboutAnUnreadableFile() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir)
                .file("HomeDomain", FS_PATH, IdStatusCacheFixtures.plist())
                .file("HomeDomain", IdStatusCacheFixtures.RELATIVE_PATH, "not a plist".getBytes(
                        StandardCharsets.UTF_8));
        try (BackupSource source = BackupSource.open(builder.build())) {
            ModuleRun.Result<IdStatusCacheRecord> result = ModuleRun.run(new IdStatusCacheModule(), source, PEGASUS);

            assertThat(result.records()).hasSize(IdStatusCacheFixtures.RECORDS);
            assertThat(result.warnings()).singleElement()
                    .satisfies(w -> assertThat(w.location()).endsWith(IdStatusCacheFixtures.RELATIVE_PATH));
        }
    }

    @Test
    void notesAbsenceWhenThePlistHoldsNoLookups() throws Exception {
        NSDictionary root = new NSDictionary();
        root.put("Version", new NSNumber(1));
        ModuleRun.Result<IdStatusCacheRecord> result = run(root, TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement().satisfies(a -> assertThat(a.message()).contains("no lookups"));
    }

    private static NSDictionary root(String service, NSDictionary handles) {
        NSDictionary root = new NSDictionary();
        root.put(service, handles);
        return root;
    }

    private ModuleRun.Result<IdStatusCacheRecord> run(NSDictionary root, Indicators indicators) throws Exception {
        return run(IdStatusCacheFixtures.binary(root), indicators);
    }

    private ModuleRun.Result<IdStatusCacheRecord> run(byte[] plist, Indicators indicators) throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).file("HomeDomain", IdStatusCacheFixtures.RELATIVE_PATH, plist);
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new IdStatusCacheModule(), source, indicators);
        }
    }
}
