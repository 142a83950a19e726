package org.spyglass.ios.cachefiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.cachefiles.CacheFilesFixtures.CORETELEPHONY;
import static org.spyglass.ios.cachefiles.CacheFilesFixtures.response;
import static org.spyglass.ios.cachefiles.CacheFilesFixtures.schema;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.fs.FilesystemDumpSource;
import org.spyglass.ios.testing.DumpBuilder;

class CacheFilesModuleTest {
    private static final Instant WHEN = Instant.parse("2021-07-14T02:15:26Z");
    private static final String APP_CACHE = "/private/var/mobile/Containers/Data/Application/AAAA/Library/Caches/"
            + "com.example.app/Cache.db";
    private static final Indicators PEGASUS = TestIndicators.of().domain("free247downloads.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsEveryCacheDbOfTheDump() throws Exception {
        ModuleRun.Result<CacheResponse> result = run(DumpBuilder.in(dir.resolve("dump"))
                .database(CORETELEPHONY, schema() + response(1, "https://example.org/a", "2021-07-14 02:15:26"))
                .database(APP_CACHE, schema() + response(4, "https://example.com/b", "2021-07-14 02:16:00")
                        + response(5, "https://example.com/c", "2021-07-14 02:17:00")), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(3);
        assertThat(result.records()).contains(new CacheResponse(CORETELEPHONY, 1L, 0L, 1001L, 0L,
                "https://example.org/a", WHEN));
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void raisesACriticalAlertForACachedUrlOfKnownInfrastructure() throws Exception {
        String url = "https://bun54l2b67.get1tn0w.free247downloads.com:30495/szev4hz";
        ModuleRun.Result<CacheResponse> result = run(DumpBuilder.in(dir.resolve("dump"))
                .database(CORETELEPHONY, schema() + response(1, url, "2021-07-14 02:15:26")
                        + response(2, "https://www.apple.com/", "2021-07-14 02:15:27")), PEGASUS);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.message()).startsWith("Found a response from known spyware infrastructure in the URL "
                    + "cache " + CORETELEPHONY + ": " + url).contains("Pegasus");
            assertThat(alert.eventTime()).isEqualTo(WHEN);
        });
    }

    @Test
    void putsEachResponseOnTheTimeline() throws Exception {
        ModuleRun.Result<CacheResponse> result = run(DumpBuilder.in(dir.resolve("dump"))
                .database(CORETELEPHONY, schema() + response(1, "https://example.org/a", "2021-07-14 02:15:26")),
                TestIndicators.none());

        assertThat(result.events()).containsExactly(new TimelineEvent(WHEN, "cache_files", "cache_response",
                CORETELEPHONY + " recorded visit to URL https://example.org/a"));
    }

    @Test
    void keepsRowsWithAnUnreadableTimeAndWarnsOncePerDatabase() throws Exception {
        ModuleRun.Result<CacheResponse> result = run(DumpBuilder.in(dir.resolve("dump"))
                .database(CORETELEPHONY, schema() + response(1, "https://example.org/a", "yesterday")
                        + response(2, "https://example.org/b", "soon")), TestIndicators.none());

        assertThat(result.records()).hasSize(2).allSatisfy(record -> assertThat(record.isodate()).isNull());
        assertThat(result.warnings()).singleElement().satisfies(warning -> assertThat(warning.message())
                .isEqualTo("2 row(s) have a time_stamp that is not a date, so they have no time; the first is "
                        + "\"yesterday\""));
    }

    @Test
    void warnsAboutACacheDbThatIsNotADatabaseAndReadsTheOthers() throws Exception {
        ModuleRun.Result<CacheResponse> result = run(DumpBuilder.in(dir.resolve("dump"))
                .file(APP_CACHE, "not sqlite at all, just text that is long enough to have a header")
                .database(CORETELEPHONY, schema() + response(1, "https://example.org/a", "2021-07-14 02:15:26")),
                TestIndicators.none());

        assertThat(result.records()).hasSize(1);
        assertThat(result.warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.location()).isEqualTo(APP_CACHE));
    }

    private static ModuleRun.Result<CacheResponse> run(DumpBuilder dump, Indicators indicators) throws Exception {
        try (FilesystemDumpSource source = FilesystemDumpSource.open(dump.build())) {
            return ModuleRun.run(new CacheFilesModule(), source, indicators);
        }
    }
}
