package org.spyglass.android.androidqf.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.spyglass.android.testing.AndroidqfBuilder.fileEntry;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.testing.AndroidqfBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class FilesModuleTest {
    private static final String HASH = "4d1a9c2e5f00b8a7c3e6d1f2a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0";
    private static final long T = 1_680_000_000L;

    @TempDir
    Path dir;

    private ModuleRun.Result<AqfFile> run(String filesJson, Indicators indicators) throws Exception {
        try (AndroidqfSource source = AndroidqfSource.open(AndroidqfBuilder.create().getprop("a", "b")
                .file("files.json", filesJson).writeFolder(dir))) {
            return ModuleRun.run(new FilesModule(), source, indicators);
        }
    }

    private static String array(String... entries) {
        return "[" + String.join(",\n", entries) + "]";
    }

    @Test
    void readsEveryEntryWithItsFields() throws Exception {
        ModuleRun.Result<AqfFile> result = run(array(fileEntry("/system/bin/sh", T, null),
                fileEntry("/data/local/tmp/x", T, HASH.toUpperCase(Locale.ROOT))), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(2);
        assertThat(result.records().get(1)).isEqualTo(new AqfFile("/data/local/tmp/x", 4096L, "-rwxr-xr-x",
                "shell", "shell", Instant.ofEpochSecond(T), Instant.ofEpochSecond(T), Instant.ofEpochSecond(T + 60),
                "u:object_r:shell_data_file:s0", HASH, null, null, null, FilesModule.PATH));
    }

    @Test
    void readsJsonLinesAsWell() throws Exception {
        ModuleRun.Result<AqfFile> result = run(fileEntry("/a", T, null) + "\n" + fileEntry("/b", T, null) + "\n",
                TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).extracting(AqfFile::path).containsExactly("/a", "/b");
    }

    @Test
    void matchesPathNameAndHash() throws Exception {
        Indicators indicators = TestIndicators.of().add(IndicatorType.FILE_PATH, "/system/xbin/spyd", "Spy")
                .add(IndicatorType.FILE_NAME, "payload.so", "Spy").add(IndicatorType.SHA256, HASH, "Spy").build();

        ModuleRun.Result<AqfFile> result = run(array(fileEntry("/system/xbin/spyd", T, null),
                fileEntry("/data/data/com.app/payload.so", T, null), fileEntry("/sdcard/a.apk", T, HASH),
                fileEntry("/sdcard/clean", T, null)), indicators);

        assertThat(result.alerts()).extracting(Alert::level).containsOnly(Level.CRITICAL).hasSize(3);
        assertThat(result.alerts()).extracting(Alert::message)
                .anySatisfy(m -> assertThat(m).contains("/system/xbin/spyd"))
                .anySatisfy(m -> assertThat(m).contains("payload.so"))
                .anySatisfy(m -> assertThat(m).contains("/sdcard/a.apk (" + HASH + ")"));
        assertThat(result.alerts().get(0).eventTime()).isEqualTo(Instant.ofEpochSecond(T));
    }

    @Test
    void flagsFilesInDataLocalTmpButNotTheCollector() throws Exception {
        ModuleRun.Result<AqfFile> result = run(array(fileEntry("/data/local/tmp/exploit", T, null),
                fileEntry("/data/local/tmp/collector", T, null), fileEntry("/data/local/tmp/", T, null),
                fileEntry("/data/local/tmpfoo", T, null)), TestIndicators.none());

        assertThat(result.alerts()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(Level.HIGH);
            assertThat(a.message()).contains("/data/local/tmp/exploit");
        });
    }

    @Test
    void putsEachDistinctTimeOnTheTimelineWithItsMacbLetters() throws Exception {
        ModuleRun.Result<AqfFile> result = run(array(fileEntry("/a", T, null)), TestIndicators.none());

        assertThat(result.events()).extracting(TimelineEvent::timestamp, TimelineEvent::event)
                .containsExactly(tuple(Instant.ofEpochSecond(T), "M.C."),
                        tuple(Instant.ofEpochSecond(T + 60), ".A.."));
        assertThat(result.events().get(0).description()).isEqualTo("/a (u:object_r:shell_data_file:s0)");
    }

    @Test
    void countsEntriesWithoutPath() throws Exception {
        ModuleRun.Result<AqfFile> result = run(array(fileEntry("/a", T, null), "{\"size\": 3}"),
                TestIndicators.none());

        assertThat(result.records()).hasSize(1);
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .startsWith("1 entries had no path"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void warnsOnAFileCutInHalfOrInAnotherFormatKeepingWhatWasRead(int variant) throws Exception {
        String whole = array(fileEntry("/a", T, null), fileEntry("/b", T, null));
        String bad = variant == 0 ? whole.substring(0, whole.length() - 40) : "path,size\n/a,3\n";

        ModuleRun.Result<AqfFile> result = run(bad, TestIndicators.none());

        assertThat(result.records()).hasSize(variant == 0 ? 1 : 0);
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .contains("not well-formed JSON after " + (variant == 0 ? 1 : 0) + " entries"));
    }
}
