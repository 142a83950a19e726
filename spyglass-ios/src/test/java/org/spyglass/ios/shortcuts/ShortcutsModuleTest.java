package org.spyglass.ios.shortcuts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.shortcuts.ShortcutsFixtures.BENIGN_URL;
import static org.spyglass.ios.shortcuts.ShortcutsFixtures.DOMAIN;
import static org.spyglass.ios.shortcuts.ShortcutsFixtures.PARCEL_CREATED;
import static org.spyglass.ios.shortcuts.ShortcutsFixtures.PEGASUS_URL;
import static org.spyglass.ios.shortcuts.ShortcutsFixtures.RELATIVE_PATH;
import static org.spyglass.ios.shortcuts.ShortcutsFixtures.WEATHER_CREATED;
import static org.spyglass.ios.shortcuts.ShortcutsFixtures.WEATHER_MODIFIED;
import static org.spyglass.ios.shortcuts.ShortcutsFixtures.action;
import static org.spyglass.ios.shortcuts.ShortcutsFixtures.actions;
import static org.spyglass.ios.shortcuts.ShortcutsFixtures.plist;
import static org.spyglass.ios.shortcuts.ShortcutsFixtures.schema;
import static org.spyglass.ios.shortcuts.ShortcutsFixtures.shortcut;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.UrlRecord;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;

class ShortcutsModuleTest {
    private static final Indicators PEGASUS = TestIndicators.of().domain("accountcanceled.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsEachShortcutWithItsActionsAndTheLinksInThem() throws Exception {
        ModuleRun.Result<Shortcut> result = run(ShortcutsFixtures.addTo(BackupBuilder.in(dir)),
                TestIndicators.none());

        assertThat(result.records()).hasSize(ShortcutsFixtures.RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new Shortcut(1, "Weather", WEATHER_CREATED, WEATHER_MODIFIED,
                "2 actions", List.of(BENIGN_URL), 2, List.of("is.workflow.actions.weather.currentconditions",
                "is.workflow.actions.openurl")));
        assertThat(result.records().get(1).actionUrls()).containsExactly(PEGASUS_URL);
    }

    @Test
    void raisesACriticalAlertForALinkToAnIndicatorDomainAndNoneForOthers() throws Exception {
        ModuleRun.Result<Shortcut> result = run(ShortcutsFixtures.addTo(BackupBuilder.in(dir)), PEGASUS);

        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(ShortcutsFixtures.ALERT_LEVELS);
        Alert alert = result.alerts().get(0);
        assertThat(alert.module()).isEqualTo("shortcuts");
        assertThat(alert.eventTime()).isEqualTo(PARCEL_CREATED);
        assertThat(alert.message()).contains("'Track parcel'").contains(PEGASUS_URL)
                .contains("\"accountcanceled.com\"").contains("\"Pegasus\"");
        assertThat(alert.record()).isEqualTo(result.records().get(1));
    }

    @Test
    void listsTheLinksForUrlsJsonAndPutsCreationAndChangeOnTheTimeline() throws Exception {
        ModuleRun.Result<Shortcut> result = run(ShortcutsFixtures.addTo(BackupBuilder.in(dir)),
                TestIndicators.none());

        assertThat(result.urls()).containsExactly(new UrlRecord(BENIGN_URL, WEATHER_CREATED, "shortcuts"),
                new UrlRecord(PEGASUS_URL, PARCEL_CREATED, "shortcuts"));
        String weather = "iOS Shortcut 'Weather': 2 actions - URLs in actions: " + BENIGN_URL;
        assertThat(result.events()).hasSize(4).startsWith(
                new TimelineEvent(WEATHER_CREATED, "shortcuts", "shortcut_created", weather),
                new TimelineEvent(WEATHER_MODIFIED, "shortcuts", "shortcut_modified", weather));
    }

    @Test
    void joinsTheActionsThroughTheShortcutsOwnLinkWhenTheActionsTableHasNone() throws Exception {
        ModuleRun.Result<Shortcut> result = run(BackupBuilder.in(dir).database(DOMAIN, RELATIVE_PATH,
                schema("shortcuts-actions-link-on-shortcut.sql")
                        + SqlScript.insert("ZSHORTCUT", Map.of("Z_PK", 4, "ZNAME", "Parcel", "ZACTIONS", 9,
                        "ZCREATIONDATE", SqlScript.appleSeconds(PARCEL_CREATED)))
                        + SqlScript.insert("ZSHORTCUTACTIONS", Map.of("Z_PK", 9, "ZDATA", plist(Map.of(
                        "WFWorkflowActions", List.of(action("is.workflow.actions.downloadurl",
                                Map.of("WFURL", PEGASUS_URL)))))))), PEGASUS);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new Shortcut(4, "Parcel", PARCEL_CREATED, null, null,
                List.of(PEGASUS_URL), 1, List.of("is.workflow.actions.downloadurl")));
        assertThat(result.alerts()).hasSize(1);
    }

    @Test
    void keepsShortcutsWhenTheActionsTableIsMissing() throws Exception {
        ModuleRun.Result<Shortcut> result = run(BackupBuilder.in(dir).database(DOMAIN, RELATIVE_PATH,
                "CREATE TABLE ZSHORTCUT (Z_PK INTEGER PRIMARY KEY, ZNAME VARCHAR);"
                        + "INSERT INTO ZSHORTCUT (Z_PK, ZNAME) VALUES (1, 'Old');"), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new Shortcut(1, "Old", null, null, null, List.of(), 0,
                List.of()));
        assertThat(result.events()).isEmpty();
    }

    @Test
    void notesADatabaseWithoutTheShortcutTableAsAbsent() throws Exception {
        ModuleRun.Result<Shortcut> result = run(BackupBuilder.in(dir).database(DOMAIN, RELATIVE_PATH,
                "CREATE TABLE ZOTHER (Z_PK INTEGER PRIMARY KEY);"), TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("no ZSHORTCUT table"));
    }

    @Test
    void warnsOnActionsThatAreNotAPlistAndKeepsTheShortcut() throws Exception {
        ModuleRun.Result<Shortcut> result = run(BackupBuilder.in(dir).database(DOMAIN, RELATIVE_PATH,
                schema(ShortcutsFixtures.SCHEMA) + shortcut(3, "Broken", "1 action", WEATHER_CREATED,
                        WEATHER_CREATED) + actions(3, 3, "garbage".getBytes())), TestIndicators.none());

        assertThat(result.records()).singleElement().satisfies(shortcut -> {
            assertThat(shortcut.shortcutName()).isEqualTo("Broken");
            assertThat(shortcut.parsedActions()).isZero();
        });
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.location()).endsWith("Shortcuts.sqlite: ZSHORTCUT 3");
            assertThat(warning.message()).contains("could not be read");
        });
    }

    private static ModuleRun.Result<Shortcut> run(BackupBuilder builder, Indicators indicators) throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new ShortcutsModule(), source, indicators);
        }
    }
}
