package org.spyglass.android.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.bugreport.BugreportSource;
import org.spyglass.android.testing.BugreportBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class AccessibilityModuleTest {
    private static final String TALKBACK = "com.google.android.marvin.talkback/com.android.talkback.TalkBackService";
    private static final String SPY = "com.thetruth/com.thetruth.Access";

    @TempDir
    Path dir;

    private ModuleRun.Result<AccessibilityService> run(BugreportBuilder builder, Indicators indicators)
            throws Exception {
        try (BugreportSource source = BugreportSource.open(builder.writeZip(dir, "bugreport.zip"))) {
            return ModuleRun.run(new AccessibilityModule(), source, indicators);
        }
    }

    @Test
    void readsTheEnabledServicesOfAndroid14() throws Exception {
        ModuleRun.Result<AccessibilityService> result = run(BugreportBuilder.create().service("accessibility",
                BugreportBuilder.accessibilityEnabled(TALKBACK, SPY)), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(
                new AccessibilityService("com.google.android.marvin.talkback", "com.android.talkback.TalkBackService",
                        true, BugreportSource.DUMPSTATE),
                new AccessibilityService("com.thetruth", "com.thetruth.Access", true, BugreportSource.DUMPSTATE));
        assertThat(result.alerts()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(Level.MEDIUM);
            assertThat(a.heuristic()).isEqualTo(AccessibilityChecker.ENABLED);
            assertThat(a.message()).isEqualTo("Accessibility service enabled: " + SPY);
        });
    }

    @Test
    void readsTheInstalledListOfOlderVersionsAndFlagsItsNonSystemServices() throws Exception {
        ModuleRun.Result<AccessibilityService> result = run(BugreportBuilder.create().service("accessibility",
                BugreportBuilder.accessibilityInstalled(TALKBACK, SPY)), TestIndicators.none());

        assertThat(result.records()).extracting(AccessibilityService::enabled).containsExactly(null, null);
        assertThat(result.alerts()).singleElement().satisfies(a -> assertThat(a.message())
                .contains("does not say whether it is enabled").contains(SPY));
    }

    @Test
    void doesNotFlagAServiceThatIsInstalledButNotEnabled() throws Exception {
        String body = BugreportBuilder.accessibilityInstalled(TALKBACK, SPY)
                + "     Enabled services:{{" + TALKBACK + "}}\n";
        ModuleRun.Result<AccessibilityService> result = run(BugreportBuilder.create().service("accessibility", body),
                TestIndicators.none());

        assertThat(result.records()).extracting(AccessibilityService::enabled).containsExactly(true, false);
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void matchesThePackageCriticalForStalkerwareAndMediumForWatchware() throws Exception {
        Indicators indicators = TestIndicators.of().add(IndicatorType.APP_ID, "com.thetruth", "TheTruthSpy",
                "stalkerware").add(IndicatorType.APP_ID, "com.watch", "Watcher", "watchware").build();
        ModuleRun.Result<AccessibilityService> result = run(BugreportBuilder.create().service("accessibility",
                BugreportBuilder.accessibilityEnabled(SPY, "com.watch/.Svc")), indicators);

        assertThat(result.alerts()).filteredOn(a -> a.heuristic() == null).extracting(Alert::level)
                .containsExactly(Level.CRITICAL, Level.MEDIUM);
        assertThat(result.alerts()).filteredOn(a -> a.heuristic() == null).last()
                .satisfies(a -> assertThat(a.message()).contains("watchware"));
    }

    @Test
    void warnsOnASectionInAnUnknownFormatOrCutShort() throws Exception {
        ModuleRun.Result<AccessibilityService> result = run(BugreportBuilder.create().service("accessibility",
                "something new\n").raw("DUMP OF SERVICE accessibility:\n     Enabled services:{{" + SPY + "}}\n"),
                TestIndicators.none());

        assertThat(result.records()).hasSize(1);
        assertThat(result.warnings()).hasSize(2);
        assertThat(result.warnings().get(0).message()).contains("neither");
        assertThat(result.warnings().get(1).message()).contains("ends unfinished");
    }

    @Test
    void isAbsentWhenTheDumpstateHasNoAccessibilitySection() throws Exception {
        ModuleRun.Result<AccessibilityService> result = run(BugreportBuilder.create(), TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).hasSize(1);
    }
}
