package org.spyglass.android.androidqf.getprop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.testing.AndroidqfBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class GetPropModuleTest {
    @TempDir
    Path dir;

    private ModuleRun.Result<AqfProperty> run(AndroidqfBuilder builder, Indicators indicators) throws Exception {
        try (AndroidqfSource source = AndroidqfSource.open(builder.writeFolder(dir))) {
            return ModuleRun.run(new GetPropModule(), source, indicators);
        }
    }

    @Test
    void readsEveryPropertyWithTheAcquisitionTime() throws Exception {
        ModuleRun.Result<AqfProperty> result = run(AndroidqfBuilder.create()
                .getprop("persist.sys.timezone", "Europe/Rome", "ro.empty", "")
                .acquisition("2023-03-29T10:00:00+02:00"), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(
                new AqfProperty("persist.sys.timezone", "Europe/Rome", Instant.parse("2023-03-29T08:00:00Z"),
                        GetPropModule.PATH),
                new AqfProperty("ro.empty", "", Instant.parse("2023-03-29T08:00:00Z"), GetPropModule.PATH));
    }

    @Test
    void matchesPropertyNamesCritical() throws Exception {
        ModuleRun.Result<AqfProperty> result = run(AndroidqfBuilder.create()
                .getprop(AndroidqfBuilder.PROPERTY, "1", "ro.product.model", "Pixel"),
                TestIndicators.of().add(IndicatorType.ANDROID_PROPERTY, AndroidqfBuilder.PROPERTY, "Campaign")
                        .build());

        assertThat(result.alerts()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(Level.CRITICAL);
            assertThat(a.message()).contains(AndroidqfBuilder.PROPERTY).contains("\"Campaign\"");
        });
    }

    @ParameterizedTest
    @CsvSource({"2022-09-23, true", "2022-09-24, false", "2023-03-01, false", "not a date, false"})
    void flagsASecurityPatchMoreThan186DaysBeforeTheAcquisitionDay(String patch, boolean flagged) throws Exception {
        ModuleRun.Result<AqfProperty> result = run(AndroidqfBuilder.create()
                .getprop("ro.build.version.security_patch", patch).acquisition("2023-03-29T10:00:00Z"),
                TestIndicators.none());

        assertThat(result.alerts()).extracting(Alert::level)
                .containsExactlyElementsOf(flagged ? java.util.List.of(Level.MEDIUM) : java.util.List.of());
    }

    @Test
    void countsLinesThatAreNotPropertiesInOneWarning() throws Exception {
        ModuleRun.Result<AqfProperty> result = run(AndroidqfBuilder.create()
                .file("getprop.txt", "[a]: [1]\n\n[multi]: [first\nsecond]\ngarbage\n"), TestIndicators.none());

        assertThat(result.records()).extracting(AqfProperty::name).containsExactly("a");
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .startsWith("3 line(s)").contains("line 3"));
    }
}
