package org.spyglass.android.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.bugreport.BugreportSource;
import org.spyglass.android.dumpsys.DumpstateInputs;
import org.spyglass.android.testing.AndroidqfBuilder;
import org.spyglass.android.testing.BugreportBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class ActivitiesModuleTest {
    static final String PACKAGE = """
            Activity Resolver Table:
              Full MIME Types:
                  image/png:
                    0a1b com.gallery/.View filter 2c3d
              Non-Data Actions:
                  android.intent.action.MAIN:
                    1a2b com.example/.Main filter 3c4d
                      Action: "android.intent.action.MAIN"
                    5e6f com.thetruth/.Launcher filter 7a8b
                android.settings.ACCESSIBILITY_SETTINGS:
                    9c0d com.android.settings/.Settings$AccessibilitySettingsActivity filter 1e2f

            Receiver Resolver Table:
              Non-Data Actions:
                  android.provider.Telephony.SMS_RECEIVED:
                    3a4b com.receiver/.SmsReceiver filter 5c6d
            """;

    @TempDir
    Path dir;

    private ModuleRun.Result<ResolvedActivity> run(BugreportBuilder builder, Indicators indicators)
            throws Exception {
        try (BugreportSource source = BugreportSource.open(builder.writeFolder(dir, "bugreport"))) {
            return ModuleRun.run(new ActivitiesModule(), source, indicators);
        }
    }

    @Test
    void readsTheNonDataActionsOfTheActivityTableOnly() throws Exception {
        ModuleRun.Result<ResolvedActivity> result = run(BugreportBuilder.create().service("package", PACKAGE),
                TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(3).first().isEqualTo(new ResolvedActivity(
                "android.intent.action.MAIN", "com.example", ".Main", BugreportSource.DUMPSTATE));
        assertThat(result.records()).extracting(ResolvedActivity::packageName)
                .containsExactly("com.example", "com.thetruth", "com.android.settings");
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void matchesEachActivitysPackageAndLowersWatchware() throws Exception {
        ModuleRun.Result<ResolvedActivity> result = run(BugreportBuilder.create().service("package", PACKAGE),
                TestIndicators.of().add(IndicatorType.APP_ID, "com.thetruth", "TheTruthSpy", "stalkerware")
                        .add(IndicatorType.APP_ID, "com.example", "Qustodio", "watchware").build());

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.MEDIUM, Level.CRITICAL);
        assertThat(result.alerts().get(1).message())
                .startsWith("Found a known malicious app handling android.intent.action.MAIN: com.thetruth/.Launcher");
        assertThat(result.alerts().get(0).message()).contains("watchware");
    }

    @Test
    void warnsAndKeepsWhatWasReadWhenTheSectionIsCut() throws Exception {
        String cut = PACKAGE.substring(0, PACKAGE.indexOf("android.settings"));
        ModuleRun.Result<ResolvedActivity> result = run(BugreportBuilder.create()
                .raw("DUMP OF SERVICE package:\n" + cut), TestIndicators.none());

        assertThat(result.records()).hasSize(2);
        assertThat(result.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("section ends unfinished"));
    }

    @Test
    void runsOnTheDumpsysTextOfAnAndroidqfAcquisition() throws Exception {
        Path acquisition = AndroidqfBuilder.create().getprop("persist.sys.timezone", "Europe/Paris")
                .dumpsys("package", PACKAGE).writeFolder(dir);
        try (AndroidqfSource source = AndroidqfSource.open(acquisition)) {
            ModuleRun.Result<ResolvedActivity> result = ModuleRun.run(new ActivitiesModule(), source,
                    TestIndicators.of().add(IndicatorType.APP_ID, "com.thetruth", "TheTruthSpy", "stalkerware")
                            .build());

            assertThat(result.records()).hasSize(3)
                    .allSatisfy(a -> assertThat(a.file()).isEqualTo(DumpstateInputs.ANDROIDQF_DUMPSYS));
            assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL);
        }
    }
}
