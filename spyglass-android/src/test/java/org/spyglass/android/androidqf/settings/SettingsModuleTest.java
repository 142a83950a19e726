package org.spyglass.android.androidqf.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.testing.AndroidqfBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class SettingsModuleTest {
    @TempDir
    Path dir;

    private ModuleRun.Result<AqfSetting> run(AndroidqfBuilder builder) throws Exception {
        try (AndroidqfSource source = AndroidqfSource.open(builder.writeFolder(dir))) {
            return ModuleRun.run(new SettingsModule(), source, TestIndicators.none());
        }
    }

    @Test
    void readsEverySettingWithTheNamespaceOfItsFile() throws Exception {
        ModuleRun.Result<AqfSetting> result = run(AndroidqfBuilder.create()
                .settings("global", "adb_enabled", "1", "wifi_on", "")
                .file("settings_secure.txt", "android_id=a=b\n"));

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(
                new AqfSetting("global", "adb_enabled", "1", "/androidqf/settings_global.txt"),
                new AqfSetting("global", "wifi_on", "", "/androidqf/settings_global.txt"),
                new AqfSetting("secure", "android_id", "a=b", "/androidqf/settings_secure.txt"));
    }

    @ParameterizedTest
    @CsvSource({"package_verifier_enable, 0, true", "package_verifier_enable, 1, false",
            "verifier_verify_adb_installs, 0, true", "adb_install_need_confirm, null, true",
            "accessibility_enabled, 1, true", "accessibility_enabled, 0, false", "screen_brightness, 0, false"})
    void flagsDangerousSettingsAwayFromTheirSafeValue(String key, String value, boolean flagged) throws Exception {
        ModuleRun.Result<AqfSetting> result = run(AndroidqfBuilder.create().settings("global", key, value));

        if (flagged) {
            assertThat(result.alerts()).singleElement().satisfies(a -> {
                assertThat(a.level()).isEqualTo(Level.MEDIUM);
                assertThat(a.heuristic().id()).isEqualTo("android.aqf_settings.dangerous-setting");
                assertThat(a.message()).contains(key + " = \"" + value + "\"");
            });
        } else {
            assertThat(result.alerts()).isEmpty();
        }
    }

    @Test
    void countsLinesThatAreNotKeyValueInOneWarning() throws Exception {
        ModuleRun.Result<AqfSetting> result = run(AndroidqfBuilder.create()
                .file("settings_system.txt", "a=1\n\nno equals\n=x\n"));

        assertThat(result.records()).extracting(AqfSetting::key).containsExactly("a");
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .startsWith("2 line(s)").contains("line 3"));
    }
}
