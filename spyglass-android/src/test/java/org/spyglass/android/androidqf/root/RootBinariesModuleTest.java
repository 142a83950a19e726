package org.spyglass.android.androidqf.root;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.testing.AndroidqfBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.module.Alert;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class RootBinariesModuleTest {
    @TempDir
    Path dir;

    private ModuleRun.Result<RootBinary> run(AndroidqfBuilder builder) throws Exception {
        try (AndroidqfSource source = AndroidqfSource.open(builder.getprop("a", "b").writeFolder(dir))) {
            return ModuleRun.run(new RootBinariesModule(), source, TestIndicators.none());
        }
    }

    @Test
    void readsEachPathAndRaisesOneHighAlertPerBinary() throws Exception {
        ModuleRun.Result<RootBinary> result = run(AndroidqfBuilder.create().rootBinaries("/system/xbin/su",
                "/sbin/magisk", "/data/local/tmp/strange"));

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(3);
        assertThat(result.records().get(1)).isEqualTo(new RootBinary("/sbin/magisk", "magisk",
                "Magisk, a root manager that hides itself", RootBinariesModule.PATH));
        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.HIGH, Level.HIGH, Level.HIGH);
        assertThat(result.alerts().get(0).message()).contains("/system/xbin/su").contains("gives root");
        assertThat(result.records().get(2).description()).contains("sign of root");
        assertThat(result.events()).isEmpty();
    }

    @Test
    void anEmptyOrNullListIsNoAlertAndNoWarning() throws Exception {
        ModuleRun.Result<RootBinary> empty = run(AndroidqfBuilder.create().rootBinaries());

        assertThat(empty.records()).isEmpty();
        assertThat(empty.alerts()).isEmpty();
        assertThat(empty.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"/system/xbin/su\", \"/sbin/mag", "su\nbusybox\n", "{\"su\": true}"})
    void warnsOnAFileCutInHalfOrInAnotherFormat(String content) throws Exception {
        ModuleRun.Result<RootBinary> result = run(AndroidqfBuilder.create().file("root_binaries.json", content));

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .containsAnyOf("not well-formed JSON", "not a JSON list"));
    }

    @Test
    void countsEntriesThatAreNotText() throws Exception {
        ModuleRun.Result<RootBinary> result = run(AndroidqfBuilder.create().file("root_binaries.json",
                "[\"/system/bin/su\", 3, null]"));

        assertThat(result.records()).hasSize(1);
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message()).startsWith("2 entries"));
    }
}
