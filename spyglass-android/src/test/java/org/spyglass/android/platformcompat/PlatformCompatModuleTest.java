package org.spyglass.android.platformcompat;

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

class PlatformCompatModuleTest {
    static final String COMPAT = """
            ChangeId(168419799; name=DOWNSCALED; disabled; overridable)
            ChangeId(176926829; name=DOWNSCALE_90; disabled; packageOverrides={com.game=true, com.thetruth=false}; \
            rawOverrides={com.game=PackageOverride{minVersionCode=1, enabled=true}, com.thetruth=false}; overridable)
            ChangeId(149391281; enableSinceTargetSdk=29; packageOverrides={com.legacy=true})
            Default enabled changes:
            """;

    @TempDir
    Path dir;

    private ModuleRun.Result<CompatOverride> run(String body, Indicators indicators) throws Exception {
        try (BugreportSource source = BugreportSource.open(BugreportBuilder.create().service("platform_compat", body)
                .writeFolder(dir, "bugreport"))) {
            return ModuleRun.run(new PlatformCompatModule(), source, indicators);
        }
    }

    @Test
    void readsOnePackagePerChangeWithItsRawOverride() throws Exception {
        ModuleRun.Result<CompatOverride> result = run(COMPAT, TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(3).first().isEqualTo(new CompatOverride(176926829, "DOWNSCALE_90",
                "com.game", "PackageOverride{minVersionCode=1, enabled=true}", BugreportSource.DUMPSTATE));
        assertThat(result.records()).extracting(CompatOverride::packageName)
                .containsExactly("com.game", "com.thetruth", "com.legacy");
        assertThat(result.records().get(2).changeName()).isNull();
    }

    @Test
    void matchesEachPackage() throws Exception {
        ModuleRun.Result<CompatOverride> result = run(COMPAT, TestIndicators.of()
                .add(IndicatorType.APP_ID, "com.thetruth", "TheTruthSpy", "stalkerware").build());

        assertThat(result.alerts()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(Level.CRITICAL);
            assertThat(a.message()).contains("com.thetruth for change 176926829 DOWNSCALE_90");
        });
        assertThat(result.alerts()).extracting(Alert::module).containsOnly(PlatformCompatModule.NAME);
    }

    @Test
    void warnsOnAChangeLineCutInHalfAndKeepsItsWholeEntries() throws Exception {
        String cut = COMPAT.substring(0, COMPAT.indexOf("com.thetruth=false}; overridable"));
        ModuleRun.Result<CompatOverride> result = run(cut + "\nChangeId(notanumber; name=X)\n", TestIndicators.none());

        assertThat(result.records()).extracting(CompatOverride::packageName)
                .containsExactly("com.game", "com.thetruth");
        assertThat(result.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("2 ChangeId line(s)"));
    }
}
