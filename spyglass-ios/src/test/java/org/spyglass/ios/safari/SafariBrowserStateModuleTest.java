package org.spyglass.ios.safari;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.safari.SafariSql.browserState;
import static org.spyglass.ios.safari.SafariSql.session;
import static org.spyglass.ios.safari.SafariSql.sessionBlob;
import static org.spyglass.ios.safari.SafariSql.tab;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.safari.SafariSql.Page;
import org.spyglass.ios.testing.BackupBuilder;

class SafariBrowserStateModuleTest {
    private static final Instant VIEWED = Instant.parse("2021-07-11T08:20:00.250Z");
    private static final String MAIN = "Library/Safari/BrowserState.db";
    private static final String PROFILE = "Library/Safari/Profiles/5A3E0F3C-0B2D-4C55-9D1B-0D6D3F6F8A11/"
            + "BrowserState.db";
    private static final Indicators PEGASUS = TestIndicators.of().domain("accountcanceled.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsEveryTabWithItsBackForwardList() throws Exception {
        ModuleRun.Result<SafariTab> result = run(browserState(BackupBuilder.in(dir), MAIN,
                tab(1, "T1", "Weather", "https://weather.example.org/", VIEWED)
                        + tab(2, "T2", "Blank", null, null)
                        + session("T1", sessionBlob(List.of(
                        new Page("Search", "https://search.example.com/?q=weather", "https://search.example.com/",
                                1200),
                        new Page("Weather", "https://weather.example.org/", "http://weather.example.org/", 800))))),
                TestIndicators.none());

        assertThat(result.records()).hasSize(2);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(1)).isEqualTo(new SafariTab("Weather", "https://weather.example.org/",
                "https://weather.example.org/", VIEWED, List.of(
                new SessionEntry("Search", "https://search.example.com/?q=weather", "https://search.example.com/",
                        1200),
                new SessionEntry("Weather", "https://weather.example.org/", "http://weather.example.org/", 800)),
                SafariBrowserStateModule.PATH));
        assertThat(result.records().get(0)).isEqualTo(new SafariTab("Blank", null, null, null, List.of(),
                SafariBrowserStateModule.PATH));
        assertThat(result.events()).containsExactly(new TimelineEvent(VIEWED, "safari_browser_state", "tab",
                "Weather - https://weather.example.org/"));
    }

    @Test
    void raisesACriticalAlertForATabOrAPageOfItsHistoryOnAnIndicatorDomain() throws Exception {
        ModuleRun.Result<SafariTab> result = run(browserState(BackupBuilder.in(dir), MAIN,
                tab(1, "T1", "Account", "https://accountcanceled.com/verify", VIEWED)
                        + tab(2, "T2", "News", "https://news.example.org/", VIEWED.plusSeconds(60))
                        + session("T2", sessionBlob(List.of(
                        new Page("x", "https://x.accountcanceled.com/a/b", "http://yahoo.fr/", 10),
                        new Page("News", "https://news.example.org/", "https://news.example.org/", 10))))),
                PEGASUS);

        assertThat(result.alerts()).hasSize(2).allSatisfy(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.module()).isEqualTo("safari_browser_state");
            assertThat(alert.matches()).singleElement().satisfies(match ->
                    assertThat(match.indicator().value()).isEqualTo("accountcanceled.com"));
        });
        Alert tabAlert = result.alerts().get(0);
        assertThat(tabAlert.message()).contains("open Safari tab (").contains("https://accountcanceled.com/verify")
                .contains("\"Pegasus\"");
        assertThat(tabAlert.eventTime()).isEqualTo(VIEWED);
        Alert pageAlert = result.alerts().get(1);
        assertThat(pageAlert.message()).contains("back-forward list").contains("https://x.accountcanceled.com/a/b");
        assertThat(pageAlert.record()).isEqualTo(result.records().get(1));
    }

    @Test
    void citesEachIndicatorOfATabOnceAtItsFirstUrl() throws Exception {
        ModuleRun.Result<SafariTab> result = run(browserState(BackupBuilder.in(dir), MAIN,
                tab(1, "T1", "Verify", "https://accountcanceled.com/v", VIEWED)
                        + session("T1", sessionBlob(List.of(
                        new Page("Verify", "https://accountcanceled.com/v", "http://accountcanceled.com/v", 10),
                        new Page("Done", "https://www.accountcanceled.com/done", null, 10))))), PEGASUS);

        assertThat(result.alerts()).singleElement()
                .satisfies(alert -> assertThat(alert.message()).endsWith("https://accountcanceled.com/v "
                        + "matched indicator \"accountcanceled.com\" (same domain) from \"Pegasus\""));
    }

    @Test
    void raisesOneAlertPerTabWithEveryIndicatorItsUrlsMatched() throws Exception {
        Indicators indicators = TestIndicators.of().domain("accountcanceled.com", "Pegasus")
                .domain("free247downloads.com", "Pegasus").domain("x.free247downloads.com", "Predator").build();

        ModuleRun.Result<SafariTab> result = run(browserState(BackupBuilder.in(dir), MAIN,
                tab(1, "T1", "Verify", "https://accountcanceled.com/v", VIEWED)
                        + session("T1", sessionBlob(List.of(
                        new Page("Verify", "https://accountcanceled.com/v", null, 10),
                        new Page("Next", "https://x.free247downloads.com/p", null, 10),
                        new Page("Last", "https://free247downloads.com/q", null, 10))))), indicators);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.matches()).extracting(match -> match.indicator().value()).containsExactly(
                    "accountcanceled.com", "x.free247downloads.com", "free247downloads.com");
            assertThat(alert.message()).isEqualTo("Found known spyware infrastructure in an open Safari tab ("
                    + SafariBrowserStateModule.PATH + "): https://accountcanceled.com/v matched indicator "
                    + "\"accountcanceled.com\" (same domain) from \"Pegasus\"; https://x.free247downloads.com/p in "
                    + "its back-forward list matched indicators \"x.free247downloads.com\" (same domain), "
                    + "\"free247downloads.com\" (subdomain of) from \"Predator, Pegasus\"");
        });
    }

    @Test
    void readsEveryProfileDatabaseAndTellsThemApart() throws Exception {
        BackupBuilder builder = browserState(BackupBuilder.in(dir), MAIN,
                tab(1, "T1", "Work", "https://example.org/", VIEWED));
        browserState(builder, PROFILE, tab(1, "T1", "Home", "https://example.com/", VIEWED));

        ModuleRun.Result<SafariTab> result = run(builder, TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).extracting(SafariTab::safariBrowserStateDb).containsExactlyInAnyOrder(
                SafariBrowserStateModule.PATH, "/private/var/mobile/" + PROFILE);
    }

    @Test
    void readsTheSessionBlobFromTheTabsTableOfOlderDatabases() throws Exception {
        byte[] blob = sessionBlob(List.of(new Page("Old", "https://old.example.org/", null, 0)));
        ModuleRun.Result<SafariTab> result = run(BackupBuilder.in(dir).database("HomeDomain", MAIN,
                SafariSql.schema(SafariSql.BROWSER_STATE_TABS_ONLY) + SqlScript.insert("tabs", Map.of("id", 1,
                        "uuid", "T1", "title", "Old", "url", "https://old.example.org/", "order_index", 0,
                        "last_viewed_time", SqlScript.appleSeconds(VIEWED), "browser_window_uuid", "W1",
                        "session_data", blob))), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).singleElement().satisfies(tab -> {
            assertThat(tab.lastViewedTimestamp()).isEqualTo(VIEWED);
            assertThat(tab.tabVisibleUrl()).isNull();
            assertThat(tab.sessionData()).containsExactly(new SessionEntry("Old", "https://old.example.org/", null,
                    0));
        });
    }

    @Test
    void keepsTabsWhoseSessionBlobCannotBeReadAndWarnsOncePerDatabase() throws Exception {
        ModuleRun.Result<SafariTab> result = run(browserState(BackupBuilder.in(dir), MAIN,
                tab(1, "T1", "A", "https://a.example.org/", VIEWED) + tab(2, "T2", "B", "https://b.example.org/",
                        VIEWED) + session("T1", new byte[] {0, 0, 0, 2, 'n', 'o', 'p', 'e'})
                        + session("T2", new byte[] {1, 2})), TestIndicators.none());

        assertThat(result.records()).hasSize(2).allSatisfy(tab -> assertThat(tab.sessionData()).isEmpty());
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.location()).isEqualTo(SafariBrowserStateModule.PATH + ": session_data");
            assertThat(warning.message()).startsWith("2 tab session blob(s) could not be decoded");
        });
    }

    @Test
    void notesADatabaseWithoutATabsTableAsAbsent() throws Exception {
        ModuleRun.Result<SafariTab> result = run(BackupBuilder.in(dir).database("HomeDomain", MAIN,
                "CREATE TABLE browser_windows (id INTEGER PRIMARY KEY);"), TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(absence -> assertThat(absence.message()).contains("no tabs table"));
    }

    private static ModuleRun.Result<SafariTab> run(BackupBuilder builder, Indicators indicators) throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new SafariBrowserStateModule(), source, indicators);
        }
    }
}
