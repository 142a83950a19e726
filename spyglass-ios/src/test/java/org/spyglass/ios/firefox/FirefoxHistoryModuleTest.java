package org.spyglass.ios.firefox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.firefox.FirefoxFixtures.BROWSER;
import static org.spyglass.ios.firefox.FirefoxFixtures.BROWSER_MINIMAL;
import static org.spyglass.ios.firefox.FirefoxFixtures.SESSION;
import static org.spyglass.ios.firefox.FirefoxFixtures.micros;
import static org.spyglass.ios.firefox.FirefoxFixtures.page;
import static org.spyglass.ios.firefox.FirefoxFixtures.schema;
import static org.spyglass.ios.firefox.FirefoxFixtures.visit;

import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.source.DeviceGlob;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestFolderSource;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupFileIds;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;

class FirefoxHistoryModuleTest {
    private static final Indicators PEGASUS = TestIndicators.of().domain("accountcanceled.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsEveryVisitWithItsPage() throws Exception {
        ModuleRun.Result<FirefoxHistoryRecord> result = run(BROWSER, page(1, "https://www.example.com/", "Example")
                + page(2, "https://example.org/a", "A") + visit(1, 2, SESSION, 2, true)
                + visit(2, 1, SESSION.plusSeconds(30), 1, false) + visit(3, 2, SESSION.plusSeconds(60), 1, true),
                TestIndicators.none());

        assertThat(result.records()).hasSize(3);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new FirefoxHistoryRecord(1, SESSION, "https://example.org/a",
                "A", true, 2L));
        assertThat(result.records().get(1).isLocal()).isFalse();
    }

    @Test
    void readsALayoutWithoutTheOptionalColumns() throws Exception {
        ModuleRun.Result<FirefoxHistoryRecord> result = run(BROWSER_MINIMAL,
                "INSERT INTO history (id, guid, url) VALUES (1, 'g1', 'https://www.example.com/');"
                        + "INSERT INTO visits (id, siteID, date) VALUES (1, 1, " + micros(SESSION) + ");",
                TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new FirefoxHistoryRecord(1, SESSION,
                "https://www.example.com/", null, null, null));
    }

    @Test
    void raisesACriticalAlertForAVisitToAnIndicatorDomainOnly() throws Exception {
        ModuleRun.Result<FirefoxHistoryRecord> result = run(BROWSER, page(1, "https://www.example.com/", "Example")
                + page(2, "https://accountcanceled.com/u8Xk2/", "") + visit(1, 1, SESSION, 2, true)
                + visit(2, 2, SESSION.plusSeconds(9), 1, true), PEGASUS);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.module()).isEqualTo("firefox_history");
            assertThat(alert.eventTime()).isEqualTo(SESSION.plusSeconds(9));
            assertThat(alert.message()).startsWith("Found a visit to known spyware infrastructure in Firefox's "
                    + "history (visit 2): https://accountcanceled.com/u8Xk2/ matched indicator "
                    + "\"accountcanceled.com\"").endsWith("from \"Pegasus\"");
            assertThat(alert.record()).isEqualTo(result.records().get(1));
        });
    }

    @Test
    void putsEachVisitOnTheTimeline() throws Exception {
        ModuleRun.Result<FirefoxHistoryRecord> result = run(BROWSER, page(1, "https://www.example.com/", "Example")
                + visit(4, 1, SESSION, 2, true), TestIndicators.none());

        assertThat(result.events()).containsExactly(new TimelineEvent(SESSION, "firefox_history",
                "firefox_history", "Firefox visit with ID 4 to URL: https://www.example.com/"));
    }

    @Test
    void notesAbsenceWhenVisitsCannotBeTiedToPages() throws Exception {
        ModuleRun.Result<FirefoxHistoryRecord> result = run(BackupBuilder.in(dir).database(
                FirefoxHistoryModule.DOMAIN, FirefoxHistoryModule.RELATIVE_PATH,
                "CREATE TABLE history (id INTEGER PRIMARY KEY, url TEXT);"
                        + "CREATE TABLE visits (guid TEXT NOT NULL UNIQUE, siteGuid TEXT NOT NULL, date DATE);"),
                TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("without a siteID column"));
    }

    @Test
    void findsTheDatabaseInAFileSystemDumpsAppGroupContainer() throws Exception {
        Path root = dir.resolve("fs");
        Path file = TestFolderSource.write(root, "/private/var/mobile/Containers/Shared/AppGroup/"
                + "5E1D3C2B-0A9F-4E8D-B7C6-1F2E3D4C5B6A/" + FirefoxHistoryModule.RELATIVE_PATH, "");
        SqlScript.run(file, schema(BROWSER) + page(1, "https://accountcanceled.com/", "")
                + visit(1, 1, SESSION, 1, true));
        try (TestFolderSource source = new TestFolderSource(root)) {
            ModuleRun.Result<FirefoxHistoryRecord> result = ModuleRun.run(new FirefoxHistoryModule(), source,
                    PEGASUS);
            assertThat(result.records()).hasSize(1);
            assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/private/var/mobile/Containers/Shared/AppGroup/group.org.mozilla.ios.Firefox/profile.profile/browser.db",
        "/private/var/mobile/Containers/Shared/AppGroup/5E1D3C2B-0A9F-4E8D-B7C6-1F2E3D4C5B6A/profile.profile/"
                + "browser.db",
        "/private/var/mobile/profile.profile/browser.db"})
    void globsCoverTheBackupDomainTheAppGroupContainerAndMvtsPath(String path) {
        assertThat(FirefoxHistoryModule.PATHS).anyMatch(glob -> DeviceGlob.compile(glob).matches(path));
    }

    @Test
    void bothBrowserModulesAreRegisteredForTheServiceLoader() {
        assertThat(ServiceLoader.load(ArtifactModule.class).stream().map(provider -> provider.get().name()))
                .contains("firefox_history", "firefox_favicon");
    }

    @Test
    void documentsTheFileIdOfItsBackupPath() {
        assertThat(BackupFileIds.of(FirefoxHistoryModule.DOMAIN, FirefoxHistoryModule.RELATIVE_PATH))
                .isEqualTo(FirefoxHistoryModule.FILE_ID);
    }

    @Test
    void fixtureGivesItsDocumentedOutcome() throws Exception {
        ModuleRun.Result<FirefoxHistoryRecord> result = run(FirefoxFixtures.addTo(BackupBuilder.in(dir)), PEGASUS);

        assertThat(result.records()).hasSize(FirefoxFixtures.HISTORY_RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(FirefoxFixtures.HISTORY_ALERT_LEVELS);
        assertThat(result.alerts().get(0).message()).contains(FirefoxFixtures.TRACE);
    }

    private ModuleRun.Result<FirefoxHistoryRecord> run(String schema, String rows, Indicators indicators)
            throws Exception {
        return run(BackupBuilder.in(dir).database(FirefoxHistoryModule.DOMAIN, FirefoxHistoryModule.RELATIVE_PATH,
                schema(schema) + rows), indicators);
    }

    private static ModuleRun.Result<FirefoxHistoryRecord> run(BackupBuilder builder, Indicators indicators)
            throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new FirefoxHistoryModule(), source, indicators);
        }
    }
}
