package org.spyglass.ios.chrome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.chrome.ChromeFixtures.HISTORY;
import static org.spyglass.ios.chrome.ChromeFixtures.SESSION;
import static org.spyglass.ios.chrome.ChromeFixtures.chromeTime;
import static org.spyglass.ios.chrome.ChromeFixtures.schema;
import static org.spyglass.ios.chrome.ChromeFixtures.url;
import static org.spyglass.ios.chrome.ChromeFixtures.visit;
import static org.spyglass.ios.chrome.ChromeFixtures.visitAt;

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

class ChromeHistoryModuleTest {
    private static final Indicators PEGASUS = TestIndicators.of().domain("accountcanceled.com", "Pegasus")
            .domain("accountnotify.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsEveryVisitWithItsUrlInVisitTimeOrder() throws Exception {
        ModuleRun.Result<ChromeHistoryRecord> result = run(url(1, "https://www.example.com/", "Example", SESSION)
                + url(2, "https://example.org/a", "A", SESSION)
                + visit(7, 2, SESSION.plusSeconds(60), 3)
                + visit(3, 1, SESSION, 0)
                + visitAt(9, 1, 0, 0), TestIndicators.none());

        assertThat(result.records()).hasSize(3);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new ChromeHistoryRecord(1, "https://www.example.com/", 9, 0L,
                null, 0L));
        assertThat(result.records().get(2)).isEqualTo(new ChromeHistoryRecord(2, "https://example.org/a", 7,
                chromeTime(SESSION.plusSeconds(60)), SESSION.plusSeconds(60), 3L));
    }

    @Test
    void raisesACriticalAlertForAVisitToAnIndicatorDomainOnly() throws Exception {
        ModuleRun.Result<ChromeHistoryRecord> result = run(url(1, "https://www.example.com/", "Example", SESSION)
                + url(2, "https://x.accountcanceled.com/u8Xk2/", "", SESSION)
                + visit(1, 1, SESSION, 0) + visit(2, 2, SESSION.plusSeconds(5), 1), PEGASUS);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.module()).isEqualTo("chrome_history");
            assertThat(alert.heuristic()).isNull();
            assertThat(alert.eventTime()).isEqualTo(SESSION.plusSeconds(5));
            assertThat(alert.message()).isEqualTo("Found a visit to known spyware infrastructure in Chrome's "
                    + "history (visit 2): https://x.accountcanceled.com/u8Xk2/ matched indicator "
                    + "\"accountcanceled.com\" (" + alert.matches().get(0).how() + ") from \"Pegasus\"");
            assertThat(alert.record()).isEqualTo(result.records().get(1));
        });
    }

    @Test
    void putsEachTimedVisitOnTheTimeline() throws Exception {
        ModuleRun.Result<ChromeHistoryRecord> result = run(url(1, "https://www.example.com/", "Example", SESSION)
                + visit(1, 1, SESSION, 0) + visit(2, 1, SESSION.plusSeconds(1), 1) + visitAt(3, 1, 0, 0),
                TestIndicators.none());

        assertThat(result.events()).containsExactly(
                new TimelineEvent(SESSION, "chrome_history", "visit",
                        "1 - https://www.example.com/ (visit ID: 1, redirect source: 0)"),
                new TimelineEvent(SESSION.plusSeconds(1), "chrome_history", "visit",
                        "1 - https://www.example.com/ (visit ID: 2, redirect source: 1)"));
    }

    @Test
    void notesAbsenceWhenTheVisitsTableIsMissing() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).database(ChromeHistoryModule.DOMAIN,
                ChromeHistoryModule.RELATIVE_PATH, "CREATE TABLE urls (id INTEGER PRIMARY KEY, url LONGVARCHAR)");
        ModuleRun.Result<ChromeHistoryRecord> result = run(builder, TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("no visits table"));
    }

    @Test
    void findsTheDatabaseInAFileSystemDumpsUuidContainer() throws Exception {
        Path root = dir.resolve("fs");
        String device = "/private/var/mobile/Containers/Data/Application/8C2B7E0A-1F3D-4A59-9E0B-2D6F4C1A7B33/"
                + ChromeHistoryModule.RELATIVE_PATH;
        Path file = TestFolderSource.write(root, device, "");
        SqlScript.run(file, schema(HISTORY) + url(1, "https://accountcanceled.com/", "", SESSION)
                + visit(1, 1, SESSION, 0));
        try (TestFolderSource source = new TestFolderSource(root)) {
            ModuleRun.Result<ChromeHistoryRecord> result = ModuleRun.run(new ChromeHistoryModule(), source, PEGASUS);
            assertThat(result.records()).hasSize(1);
            assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.google.chrome.ios", "8C2B7E0A-1F3D-4A59-9E0B-2D6F4C1A7B33"})
    void globCoversTheBackupDomainRootAndUuidContainers(String container) {
        assertThat(DeviceGlob.compile(ChromeHistoryModule.PATH).matches("/private/var/mobile/Containers/Data/"
                + "Application/" + container + "/" + ChromeHistoryModule.RELATIVE_PATH)).isTrue();
    }

    @Test
    void bothBrowserModulesAreRegisteredForTheServiceLoader() {
        assertThat(ServiceLoader.load(ArtifactModule.class).stream().map(provider -> provider.get().name()))
                .contains("chrome_history", "chrome_favicon");
    }

    @Test
    void documentsTheFileIdOfItsBackupPath() {
        assertThat(BackupFileIds.of(ChromeHistoryModule.DOMAIN, ChromeHistoryModule.RELATIVE_PATH))
                .isEqualTo(ChromeHistoryModule.FILE_ID);
    }

    @Test
    void fixtureGivesItsDocumentedOutcome() throws Exception {
        ModuleRun.Result<ChromeHistoryRecord> result = run(ChromeFixtures.addTo(BackupBuilder.in(dir)), PEGASUS);

        assertThat(result.records()).hasSize(ChromeFixtures.HISTORY_RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(ChromeFixtures.HISTORY_ALERT_LEVELS);
        assertThat(result.alerts().get(0).message()).contains(ChromeFixtures.HISTORY_TRACE);
    }

    private ModuleRun.Result<ChromeHistoryRecord> run(String rows, Indicators indicators) throws Exception {
        return run(BackupBuilder.in(dir).database(ChromeHistoryModule.DOMAIN, ChromeHistoryModule.RELATIVE_PATH,
                schema(HISTORY) + rows), indicators);
    }

    private static ModuleRun.Result<ChromeHistoryRecord> run(BackupBuilder builder, Indicators indicators)
            throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new ChromeHistoryModule(), source, indicators);
        }
    }
}
