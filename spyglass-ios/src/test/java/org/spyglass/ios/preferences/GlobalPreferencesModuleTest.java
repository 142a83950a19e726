package org.spyglass.ios.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.preferences.PreferencesFixtures.DOMAIN;
import static org.spyglass.ios.preferences.PreferencesFixtures.RELATIVE_PATH;
import static org.spyglass.ios.preferences.PreferencesFixtures.plist;
import static org.spyglass.ios.preferences.PreferencesFixtures.preferences;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.Alert;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class GlobalPreferencesModuleTest {

    @TempDir
    Path dir;

    @Test
    void emitsOneRecordPerTopLevelKey() throws Exception {
        ModuleRun.Result<GlobalPreference> result = run(PreferencesFixtures.addTo(BackupBuilder.in(dir)));

        assertThat(result.records()).hasSize(PreferencesFixtures.RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).contains(new GlobalPreference("AppleLanguages", List.of("en-US", "fr-FR")),
                new GlobalPreference("AppleLocale", "en_US"), new GlobalPreference("LDMGlobalEnabled", true),
                new GlobalPreference("AppleLanguagesSchemaVersion", 3000L));
        assertThat(result.events()).isEmpty();
    }

    @Test
    void writesDataValuesAsBase64() throws Exception {
        ModuleRun.Result<GlobalPreference> result = run(BackupBuilder.in(dir).file(DOMAIN, RELATIVE_PATH,
                plist(Map.of("NSLinguisticDataAssetsRequested", new byte[] {1, 2, 3}))));

        assertThat(Json.mapper().writeValueAsString(result.records().get(0)))
                .isEqualTo("{\"entry\":\"NSLinguisticDataAssetsRequested\",\"value\":\"AQID\"}");
    }

    @Test
    void notesLockdownModeOnAsInformational() throws Exception {
        ModuleRun.Result<GlobalPreference> result = run(PreferencesFixtures.addTo(BackupBuilder.in(dir)));

        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(PreferencesFixtures.ALERT_LEVELS);
        assertThat(result.alerts().get(0).heuristic().id()).isEqualTo("ios.global_preferences.lockdown-mode-enabled");
        assertThat(result.alerts().get(0).message()).contains("Lockdown Mode is enabled");
    }

    @Test
    void flagsLockdownModeTurnedOffAsLow() throws Exception {
        ModuleRun.Result<GlobalPreference> result = run(BackupBuilder.in(dir).file(DOMAIN, RELATIVE_PATH,
                plist(preferences(false))));

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.LOW);
            assertThat(alert.heuristic().id()).isEqualTo("ios.global_preferences.lockdown-mode-disabled");
            assertThat(alert.message()).contains("turned off");
        });
    }

    @Test
    void saysNothingWhenLockdownModeWasNeverUsed() throws Exception {
        ModuleRun.Result<GlobalPreference> result = run(BackupBuilder.in(dir).file(DOMAIN, RELATIVE_PATH,
                plist(preferences(null))));

        assertThat(result.records()).hasSize(PreferencesFixtures.RECORDS - 1);
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void warnsWhenThePlistIsNotADictionary() throws Exception {
        ModuleRun.Result<GlobalPreference> result = run(BackupBuilder.in(dir).file(DOMAIN, RELATIVE_PATH,
                plist(List.of("a", "b"))));

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("should hold a dictionary"));
    }

    private static ModuleRun.Result<GlobalPreference> run(BackupBuilder builder) throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new GlobalPreferencesModule(), source, TestIndicators.none());
        }
    }
}
