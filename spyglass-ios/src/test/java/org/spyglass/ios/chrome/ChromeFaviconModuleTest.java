package org.spyglass.ios.chrome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.chrome.ChromeFixtures.FAVICONS_V7;
import static org.spyglass.ios.chrome.ChromeFixtures.FAVICONS_V9;
import static org.spyglass.ios.chrome.ChromeFixtures.SESSION;
import static org.spyglass.ios.chrome.ChromeFixtures.bitmap;
import static org.spyglass.ios.chrome.ChromeFixtures.chromeTime;
import static org.spyglass.ios.chrome.ChromeFixtures.icon;
import static org.spyglass.ios.chrome.ChromeFixtures.mapping;
import static org.spyglass.ios.chrome.ChromeFixtures.schema;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupFileIds;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class ChromeFaviconModuleTest {
    private static final Instant LATER = SESSION.plusSeconds(3600);
    private static final Indicators PEGASUS = TestIndicators.of().domain("accountnotify.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsOneRecordPerBitmapOfEachMappedIcon() throws Exception {
        ModuleRun.Result<ChromeFaviconRecord> result = run(FAVICONS_V9,
                icon(1, "https://www.example.com/favicon.ico") + icon(2, "https://example.org/favicon.ico")
                        + mapping(1, "https://www.example.com/", 1) + mapping(2, "https://example.org/", 2)
                        + bitmap(1, 1, 16, SESSION, LATER) + bitmap(2, 1, 32, SESSION, LATER)
                        + bitmap(3, 2, 16, SESSION, null), TestIndicators.none());

        assertThat(result.records()).hasSize(3);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new ChromeFaviconRecord("https://www.example.com/",
                "https://www.example.com/favicon.ico", chromeTime(SESSION), SESSION));
    }

    @Test
    void fallsBackToLastRequestedWhenNeverUpdated() throws Exception {
        ModuleRun.Result<ChromeFaviconRecord> result = run(FAVICONS_V9,
                icon(1, "https://www.example.com/favicon.ico") + mapping(1, "https://www.example.com/", 1)
                        + bitmap(1, 1, 16, null, LATER), TestIndicators.none());

        assertThat(result.records()).extracting(ChromeFaviconRecord::isodate).containsExactly(LATER);
    }

    @Test
    void readsVersion7WithoutLastRequested() throws Exception {
        ModuleRun.Result<ChromeFaviconRecord> result = run(FAVICONS_V7,
                icon(1, "https://www.example.com/favicon.ico") + mapping(1, "https://www.example.com/", 1)
                        + "INSERT INTO favicon_bitmaps (id, icon_id, last_updated, width, height) VALUES (1, 1, "
                        + chromeTime(SESSION) + ", 16, 16);", TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new ChromeFaviconRecord("https://www.example.com/",
                "https://www.example.com/favicon.ico", chromeTime(SESSION), SESSION));
    }

    @Test
    void matchesThePageUrlFirstThenTheIconUrl() throws Exception {
        ModuleRun.Result<ChromeFaviconRecord> result = run(FAVICONS_V9,
                icon(1, "https://accountnotify.com/favicon.ico") + icon(2, "https://cdn.accountnotify.com/i.png")
                        + icon(3, "https://www.example.com/favicon.ico")
                        + mapping(1, "https://accountnotify.com/verify", 1)
                        + mapping(2, "https://www.example.com/blog", 2)
                        + mapping(3, "https://www.example.com/", 3)
                        + bitmap(1, 1, 16, SESSION, null) + bitmap(2, 2, 16, LATER, null)
                        + bitmap(3, 3, 16, LATER, null), PEGASUS);

        assertThat(result.alerts()).hasSize(2).allSatisfy(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.module()).isEqualTo("chrome_favicon");
            assertThat(alert.matches()).singleElement()
                    .satisfies(match -> assertThat(match.indicator().value()).isEqualTo("accountnotify.com"));
        });
        assertThat(result.alerts().get(0).message()).startsWith("Found a favicon of known spyware infrastructure "
                + "in Chrome's Favicons: page https://accountnotify.com/verify matched indicator")
                .endsWith("from \"Pegasus\"");
        assertThat(result.alerts().get(0).eventTime()).isEqualTo(SESSION);
        assertThat(result.alerts().get(1).message()).contains("icon https://cdn.accountnotify.com/i.png (shown on "
                + "https://www.example.com/blog)");
    }

    @Test
    void putsEachTimedBitmapOnTheTimelineAsANewFavicon() throws Exception {
        ModuleRun.Result<ChromeFaviconRecord> result = run(FAVICONS_V9,
                icon(1, "https://www.example.com/favicon.ico") + mapping(1, "https://www.example.com/", 1)
                        + bitmap(1, 1, 16, SESSION, null) + bitmap(2, 1, 32, null, null), TestIndicators.none());

        assertThat(result.records()).hasSize(2);
        assertThat(result.events()).containsExactly(new TimelineEvent(SESSION, "chrome_favicon", "new_favicon",
                "Favicon from https://www.example.com/favicon.ico visited from https://www.example.com/"));
    }

    @Test
    void notesAbsenceWhenTheIconMappingTableIsMissing() throws Exception {
        ModuleRun.Result<ChromeFaviconRecord> result = run(BackupBuilder.in(dir).database(
                ChromeFaviconModule.DOMAIN, ChromeFaviconModule.RELATIVE_PATH,
                "CREATE TABLE favicons(id INTEGER PRIMARY KEY,url LONGVARCHAR NOT NULL)"), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("no icon_mapping table"));
    }

    @Test
    void documentsTheFileIdOfItsBackupPath() {
        assertThat(BackupFileIds.of(ChromeFaviconModule.DOMAIN, ChromeFaviconModule.RELATIVE_PATH))
                .isEqualTo(ChromeFaviconModule.FILE_ID);
    }

    @Test
    void fixtureGivesItsDocumentedOutcome() throws Exception {
        ModuleRun.Result<ChromeFaviconRecord> result = run(ChromeFixtures.addTo(BackupBuilder.in(dir)),
                TestIndicators.of().domain("accountcanceled.com", "Pegasus").domain("accountnotify.com", "Pegasus")
                        .build());

        assertThat(result.records()).hasSize(ChromeFixtures.FAVICON_RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(ChromeFixtures.FAVICON_ALERT_LEVELS);
        assertThat(result.alerts().get(0).message()).contains(ChromeFixtures.FAVICON_TRACE);
    }

    private ModuleRun.Result<ChromeFaviconRecord> run(String schema, String rows, Indicators indicators)
            throws Exception {
        return run(BackupBuilder.in(dir).database(ChromeFaviconModule.DOMAIN, ChromeFaviconModule.RELATIVE_PATH,
                schema(schema) + rows), indicators);
    }

    private static ModuleRun.Result<ChromeFaviconRecord> run(BackupBuilder builder, Indicators indicators)
            throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new ChromeFaviconModule(), source, indicators);
        }
    }
}
