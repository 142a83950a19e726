package org.spyglass.ios.safari;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.safari.SafariSql.history;
import static org.spyglass.ios.safari.SafariSql.item;
import static org.spyglass.ios.safari.SafariSql.visit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.source.Source;
import org.spyglass.core.testing.CollectingCheckContext;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestFolderSource;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;

class SafariHistoryModuleTest {
    private static final Instant VISIT = Instant.parse("2021-07-11T08:14:02.125Z");
    private static final String MAIN = "Library/Safari/History.db";
    private static final String PROFILE = "Library/Safari/Profiles/5A3E0F3C-0B2D-4C55-9D1B-0D6D3F6F8A11/History.db";
    private static final String EXPLOIT = "https://bun54l2b67.get1tn0w.free247downloads.com:30495/szev4hz";
    private static final Indicators PEGASUS = TestIndicators.of().domain("free247downloads.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsEveryVisitWithTheUrlAndTimeOfItsRedirectTarget() throws Exception {
        ModuleRun.Result<SafariVisit> result = run(history(BackupBuilder.in(dir), MAIN,
                item(1, "http://yahoo.fr/") + item(2, EXPLOIT) + item(3, "https://www.example.org/")
                        + visit(10, 1, VISIT, null, 11L) + visit(11, 2, VISIT.plusMillis(3), 10L, null)
                        + visit(12, 3, VISIT.plusSeconds(600))), PEGASUS);

        assertThat(result.records()).hasSize(3);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new SafariVisit(1, "http://yahoo.fr/", 10,
                SqlScript.appleSeconds(VISIT), VISIT, null, 11L, EXPLOIT, VISIT.plusMillis(3),
                SafariHistoryModule.PATH));
        assertThat(result.records().get(1).redirectSource()).isEqualTo(10L);
        assertThat(result.records().get(1).redirectDestinationUrl()).isNull();
        assertThat(result.events()).first().isEqualTo(new TimelineEvent(VISIT, "safari_history", "safari_history",
                "Safari visit to http://yahoo.fr/ (ID: 1, Visit ID: 10), redirected to " + EXPLOIT));
        assertThat(result.events()).extracting(TimelineEvent::event).containsOnly("safari_history").hasSize(3);
    }

    @Test
    void raisesACriticalAlertForAVisitToAnIndicatorDomainOnly() throws Exception {
        ModuleRun.Result<SafariVisit> result = run(history(BackupBuilder.in(dir), MAIN,
                item(1, EXPLOIT) + item(2, "https://www.example.org/news")
                        + visit(1, 1, VISIT) + visit(2, 2, VISIT.plusSeconds(5))), PEGASUS);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.module()).isEqualTo("safari_history");
            assertThat(alert.eventTime()).isEqualTo(VISIT);
            assertThat(alert.record()).isEqualTo(result.records().get(0));
            assertThat(alert.message()).contains(EXPLOIT).contains("\"free247downloads.com\"")
                    .contains("\"Pegasus\"").contains(SafariHistoryModule.PATH);
            assertThat(alert.matches()).singleElement().satisfies(match ->
                    assertThat(match.indicator().value()).isEqualTo("free247downloads.com"));
        });
    }

    @Test
    void raisesOneAlertWithBothMatchesForAVisitMatchingADomainAndItsSubdomain() throws Exception {
        Indicators both = TestIndicators.of().domain("free247downloads.com", "Pegasus")
                .domain("bun54l2b67.get1tn0w.free247downloads.com", "Pegasus").build();

        ModuleRun.Result<SafariVisit> result = run(history(BackupBuilder.in(dir), MAIN,
                item(1, EXPLOIT) + visit(1, 1, VISIT)), both);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.matches()).extracting(match -> match.indicator().value() + " " + match.how())
                    .containsExactly("bun54l2b67.get1tn0w.free247downloads.com same domain",
                            "free247downloads.com subdomain of");
            assertThat(alert.message()).endsWith(EXPLOIT + " matched indicators "
                    + "\"bun54l2b67.get1tn0w.free247downloads.com\" (same domain), \"free247downloads.com\" "
                    + "(subdomain of) from \"Pegasus\"");
        });
    }

    @Test
    void flagsAnHttpVisitRedirectedToAnotherSiteWithinMillisecondsAsNetworkInjection() throws Exception {
        ModuleRun.Result<SafariVisit> result = run(history(BackupBuilder.in(dir), MAIN,
                item(1, "http://yahoo.fr/") + item(2, EXPLOIT)
                        + visit(1, 1, VISIT, null, 2L) + visit(2, 2, VISIT.plusMillis(3), 1L, null)),
                TestIndicators.none());

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.MEDIUM);
            assertThat(alert.heuristic()).isEqualTo(SafariHistoryChecker.NETWORK_INJECTION);
            assertThat(alert.heuristic().id()).isEqualTo("ios.safari_history.network-injection");
            assertThat(alert.heuristic().explanation()).contains("Pegasus").contains("proves nothing");
            assertThat(alert.eventTime()).isEqualTo(VISIT);
            assertThat(alert.record()).isEqualTo(result.records().get(0));
            assertThat(alert.message()).contains("http://yahoo.fr/").contains(EXPLOIT).contains("3.0 ms");
        });
    }

    @ParameterizedTest(name = "{0} -> {1} after {2} ms")
    @CsvSource({
            "https://yahoo.fr/, https://x.example.net/, 3",
            "http://example.org/, https://example.org/, 3",
            "http://example.org/, https://www.example.org/, 3",
            "http://www.example.org/, https://example.org:8443/, 3",
            "http://example.org/, https://m.example.org/, 3",
            "http://news.example.org/a, https://example.org/a, 3",
            "http://yahoo.fr/, https://x.example.net/, 1000",
            "http://yahoo.fr/, https://x.example.net/, 4500",
            "http://yahoo.fr/, https://x.example.net/, -5",
    })
    void doesNotFlagHttpsVisitsUpgradesSameSiteMovesOrSlowRedirects(String from, String to, long millis)
            throws Exception {
        ModuleRun.Result<SafariVisit> result = run(history(BackupBuilder.in(dir), MAIN,
                item(1, from) + item(2, to)
                        + visit(1, 1, VISIT, null, 2L) + visit(2, 2, VISIT.plusMillis(millis), 1L, null)),
                TestIndicators.none());

        assertThat(result.records()).hasSize(2);
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void neverCorrelatesVisitIdsAcrossProfileDatabases() throws Exception {
        BackupBuilder builder = history(BackupBuilder.in(dir), MAIN,
                item(1, "http://news.example.org/") + item(2, "https://news.example.org/")
                        + visit(5, 1, VISIT, null, 6L) + visit(6, 2, VISIT.plusMillis(2), 5L, null));
        history(builder, PROFILE, item(1, EXPLOIT) + item(2, "https://www.example.com/")
                + visit(6, 1, VISIT.plusMillis(3)) + visit(5, 2, VISIT.minusSeconds(30)));

        ModuleRun.Result<SafariVisit> result = run(builder, TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(4);
        assertThat(result.records()).extracting(SafariVisit::safariHistoryDb).containsOnly(SafariHistoryModule.PATH,
                "/private/var/mobile/" + PROFILE);
        assertThat(result.records()).filteredOn(visit -> visit.visitId() == 5 && visit.redirectDestination() != null)
                .singleElement().satisfies(visit -> {
                    assertThat(visit.safariHistoryDb()).isEqualTo(SafariHistoryModule.PATH);
                    assertThat(visit.redirectDestinationUrl()).isEqualTo("https://news.example.org/");
                });
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void flagsAnInjectionFromTheRecordAloneWithoutSeeingItsTargetRecord() {
        SafariVisit origin = new SafariVisit(1, "HTTP://Yahoo.fr/", 7, null, VISIT, null, 8L, EXPLOIT,
                VISIT.plusMillis(40), SafariHistoryModule.PATH);
        CollectingCheckContext context = new CollectingCheckContext("safari_history", TestIndicators.none());

        new SafariHistoryChecker().check(origin, context);

        assertThat(context.alerts()).extracting(Alert::heuristic).containsExactly(
                SafariHistoryChecker.NETWORK_INJECTION);
    }

    @Test
    void readsTheProfileDatabasesAndAppContainerCopiesOfAFilesystemDump() throws Exception {
        String container = "/private/var/mobile/Containers/Data/Application/0A4C7E1D-1111-4A2B-8C3D-2E5F6A7B8C9D";
        List<String> paths = List.of("/private/var/mobile/Library/Safari/History.db",
                "/private/var/mobile/Library/Safari/Profiles/AB12/History.db",
                container + "/Library/Safari/History.db", container + "/Library/Safari/Profiles/CD34/History.db");
        for (int i = 0; i < paths.size(); i++) {
            Path file = dir.resolve(paths.get(i).substring(1));
            Files.createDirectories(file.getParent());
            SqlScript.run(file, SafariSql.schema(SafariSql.HISTORY_IOS17) + item(1, "https://example.org/" + i)
                    + visit(1, 1, VISIT.plusSeconds(i)));
        }
        TestFolderSource.write(dir, container + "/Library/Safari/Bookmarks.db", "not read");

        ModuleRun.Result<SafariVisit> result;
        try (Source source = new TestFolderSource(dir)) {
            result = ModuleRun.run(new SafariHistoryModule(), source, TestIndicators.none());
        }

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).extracting(SafariVisit::safariHistoryDb)
                .containsExactlyInAnyOrderElementsOf(paths);
    }

    @Test
    void readsADatabaseWithoutTheRedirectColumns() throws Exception {
        ModuleRun.Result<SafariVisit> result = run(BackupBuilder.in(dir).database("HomeDomain", MAIN,
                SafariSql.schema(SafariSql.HISTORY_MINIMAL)
                        + "INSERT INTO history_items (id, url) VALUES (4, 'http://example.org/');"
                        + "INSERT INTO history_visits (id, history_item, visit_time) VALUES (9, 4, "
                        + SqlScript.appleSeconds(VISIT) + ");"),
                TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new SafariVisit(4, "http://example.org/", 9,
                SqlScript.appleSeconds(VISIT), VISIT, null, null, null, null, SafariHistoryModule.PATH));
    }

    @Test
    void notesADatabaseWithoutTheHistoryTablesAsAbsent() throws Exception {
        ModuleRun.Result<SafariVisit> result = run(BackupBuilder.in(dir).database("HomeDomain", MAIN,
                "CREATE TABLE metadata (key TEXT NOT NULL UNIQUE, value);"), TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(absence -> assertThat(absence.message()).contains("history_items"));
    }

    private static ModuleRun.Result<SafariVisit> run(BackupBuilder builder, Indicators indicators) throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new SafariHistoryModule(), source, indicators);
        }
    }
}
