package org.spyglass.android.getprop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.bugreport.BugreportSource;
import org.spyglass.android.testing.BugreportBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class GetpropModuleTest {
    private static final Clock CHECK_DAY = Clock.fixed(Instant.parse("2024-03-02T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private ModuleRun.Result<SystemProperty> run(BugreportBuilder builder, Indicators indicators) throws Exception {
        try (BugreportSource source = BugreportSource.open(builder.writeFolder(dir, "bugreport"))) {
            return ModuleRun.run(new GetpropModule(CHECK_DAY), source, indicators);
        }
    }

    @Test
    void readsEveryPropertyOfTheBlock() throws Exception {
        ModuleRun.Result<SystemProperty> result = run(BugreportBuilder.create().property("sys.brand.note", "1"),
                TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).extracting(SystemProperty::name).containsExactly("ro.product.model",
                "ro.build.version.release", "persist.sys.timezone", "sys.brand.note");
        assertThat(result.records().get(3)).isEqualTo(new SystemProperty("sys.brand.note", "1",
                BugreportSource.DUMPSTATE));
    }

    @Test
    void matchesPropertyNamesCritical() throws Exception {
        ModuleRun.Result<SystemProperty> result = run(BugreportBuilder.create().property("sys.brand.note", "1"),
                TestIndicators.of().add(IndicatorType.ANDROID_PROPERTY, "sys.brand.note", "Campaign").build());

        assertThat(result.alerts()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(Level.CRITICAL);
            assertThat(a.message()).contains("sys.brand.note = \"1\"").contains("Campaign");
        });
    }

    @Test
    void flagsASecurityPatchMoreThan186DaysBeforeTheDayOfTheCheck() throws Exception {
        ModuleRun.Result<SystemProperty> old = run(BugreportBuilder.create()
                .property(GetpropChecker.SECURITY_PATCH, "2023-08-28"), TestIndicators.none());

        assertThat(old.alerts()).singleElement().satisfies(a -> {
            assertThat(a.heuristic()).isEqualTo(GetpropChecker.OUTDATED_PATCH);
            assertThat(a.message())
                    .startsWith("The security patch level 2023-08-28 is 187 days older than the day of this check "
                            + "(2024-03-02), more than the 186 allowed");
        });
    }

    @Test
    void acceptsARecentOrUnreadableSecurityPatch() throws Exception {
        assertThat(run(BugreportBuilder.create().property(GetpropChecker.SECURITY_PATCH, "2023-08-29"),
                TestIndicators.none()).alerts()).isEmpty();
        assertThat(run(BugreportBuilder.create().property(GetpropChecker.SECURITY_PATCH, "soon"),
                TestIndicators.none()).alerts()).isEmpty();
    }

    @Test
    void countsLinesThatAreNotPropertiesInOneWarning() throws Exception {
        BugreportBuilder builder = BugreportBuilder.create().property("ro.multi", "a\nb");

        ModuleRun.Result<SystemProperty> result = run(builder, TestIndicators.none());

        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .startsWith("2 line(s)"));
    }
}
