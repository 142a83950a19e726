package org.spyglass.ios.firefox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.firefox.FirefoxFixtures.BROWSER;
import static org.spyglass.ios.firefox.FirefoxFixtures.BROWSER_MINIMAL;
import static org.spyglass.ios.firefox.FirefoxFixtures.SESSION;
import static org.spyglass.ios.firefox.FirefoxFixtures.icon;
import static org.spyglass.ios.firefox.FirefoxFixtures.iconSite;
import static org.spyglass.ios.firefox.FirefoxFixtures.page;
import static org.spyglass.ios.firefox.FirefoxFixtures.schema;

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

class FirefoxFaviconModuleTest {
    private static final Indicators PEGASUS = TestIndicators.of().domain("accountcanceled.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsEachIconWithEveryPageThatShowedIt() throws Exception {
        ModuleRun.Result<FirefoxFaviconRecord> result = run(BROWSER, page(1, "https://www.example.com/", "Example")
                + page(2, "https://www.example.com/about", "About") + page(3, "https://example.org/", "Org")
                + icon(1, "https://www.example.com/favicon.ico", 32, SESSION)
                + icon(2, "https://example.org/favicon.ico", 16, SESSION.plusSeconds(5))
                + icon(3, "https://example.net/unused.ico", 16, SESSION)
                + iconSite(1, 1, 1) + iconSite(2, 2, 1) + iconSite(3, 3, 2), TestIndicators.none());

        assertThat(result.records()).hasSize(3);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(1)).isEqualTo(new FirefoxFaviconRecord(1,
                "https://www.example.com/favicon.ico", 32L, 32L, 1L, SESSION, 2, "https://www.example.com/about"));
    }

    @Test
    void readsALayoutWithoutTheOptionalColumns() throws Exception {
        ModuleRun.Result<FirefoxFaviconRecord> result = run(BROWSER_MINIMAL,
                "INSERT INTO history (id, guid, url) VALUES (1, 'g1', 'https://www.example.com/');"
                        + "INSERT INTO favicons (id, url) VALUES (1, 'https://www.example.com/favicon.ico');"
                        + iconSite(1, 1, 1), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new FirefoxFaviconRecord(1,
                "https://www.example.com/favicon.ico", null, null, null, null, 1, "https://www.example.com/"));
        assertThat(result.events()).isEmpty();
    }

    @Test
    void matchesTheIconUrlFirstThenThePageUrl() throws Exception {
        ModuleRun.Result<FirefoxFaviconRecord> result = run(BROWSER, page(1, "https://accountcanceled.com/x", "")
                + page(2, "https://www.example.com/", "Example") + page(3, "https://example.org/", "Org")
                + icon(1, "https://accountcanceled.com/favicon.ico", 16, SESSION)
                + icon(2, "https://www.example.com/favicon.ico", 16, SESSION.plusSeconds(7))
                + icon(3, "https://example.org/favicon.ico", 16, SESSION)
                + iconSite(1, 1, 1) + iconSite(2, 1, 2) + iconSite(3, 2, 2) + iconSite(4, 3, 3), PEGASUS);

        assertThat(result.alerts()).hasSize(2).allSatisfy(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.module()).isEqualTo("firefox_favicon");
            assertThat(alert.matches()).hasSize(1);
        });
        assertThat(result.alerts().get(0).message()).startsWith("Found a favicon of known spyware infrastructure "
                + "in Firefox's browser.db: icon https://accountcanceled.com/favicon.ico (shown on "
                + "https://accountcanceled.com/x) matched indicator \"accountcanceled.com\"");
        assertThat(result.alerts().get(1).message()).contains("page https://accountcanceled.com/x matched");
        assertThat(result.alerts().get(1).eventTime()).isEqualTo(SESSION.plusSeconds(7));
    }

    @Test
    void putsEachIconOnTheTimelineUnderItsOwnEvent() throws Exception {
        ModuleRun.Result<FirefoxFaviconRecord> result = run(BROWSER, page(1, "https://www.example.com/", "Example")
                + icon(1, "https://www.example.com/favicon.ico", 32, SESSION) + iconSite(1, 1, 1),
                TestIndicators.none());

        assertThat(result.events()).containsExactly(new TimelineEvent(SESSION, "firefox_favicon",
                "firefox_favicon", "Firefox favicon https://www.example.com/favicon.ico when visiting "
                        + "https://www.example.com/"));
    }

    @Test
    void notesAbsenceWhenTheFaviconSitesTableIsMissing() throws Exception {
        ModuleRun.Result<FirefoxFaviconRecord> result = run(BackupBuilder.in(dir).database(
                FirefoxHistoryModule.DOMAIN, FirefoxHistoryModule.RELATIVE_PATH,
                "CREATE TABLE history (id INTEGER PRIMARY KEY, url TEXT);"
                        + "CREATE TABLE favicons (id INTEGER PRIMARY KEY, url TEXT);"), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("no favicon_sites table"));
    }

    @Test
    void fixtureGivesItsDocumentedOutcome() throws Exception {
        ModuleRun.Result<FirefoxFaviconRecord> result = run(FirefoxFixtures.addTo(BackupBuilder.in(dir)), PEGASUS);

        assertThat(result.records()).hasSize(FirefoxFixtures.FAVICON_RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(FirefoxFixtures.FAVICON_ALERT_LEVELS);
        assertThat(result.alerts().get(0).message()).contains(FirefoxFixtures.TRACE_ICON);
    }

    private ModuleRun.Result<FirefoxFaviconRecord> run(String schema, String rows, Indicators indicators)
            throws Exception {
        return run(BackupBuilder.in(dir).database(FirefoxHistoryModule.DOMAIN, FirefoxHistoryModule.RELATIVE_PATH,
                schema(schema) + rows), indicators);
    }

    private static ModuleRun.Result<FirefoxFaviconRecord> run(BackupBuilder builder, Indicators indicators)
            throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new FirefoxFaviconModule(), source, indicators);
        }
    }
}
