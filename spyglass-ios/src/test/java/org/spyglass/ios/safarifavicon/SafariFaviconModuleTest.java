package org.spyglass.ios.safarifavicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.fs.FilesystemDumpSource;
import org.spyglass.ios.testing.DumpBuilder;

class SafariFaviconModuleTest {
    private static final String HOME_DB = "/private/var/mobile/Library/Image Cache/Favicons/Favicons.db";
    private static final String APP_DB = "/private/var/mobile/Containers/Data/Application/AAAA/Library/Image Cache/"
            + "Favicons/Favicons.db";
    private static final Instant WHEN = Instant.parse("2021-07-14T02:15:26Z");
    private static final Indicators PEGASUS = TestIndicators.of().domain("free247downloads.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsKeptAndRejectedIconsOfEveryFaviconsDb() throws Exception {
        ModuleRun.Result<SafariFavicon> result = run(DumpBuilder.in(dir.resolve("dump"))
                .database(HOME_DB, schema("favicons-ios14.sql") + icon("u1", "https://example.org/",
                        "https://example.org/favicon.ico", WHEN)
                        + rejected("https://example.com/", "https://example.com/bad.ico", WHEN.plusSeconds(5)))
                .database(APP_DB, schema("favicons-no-rejected.sql") + icon("u2", "https://example.net/",
                        "https://example.net/i.png", WHEN)), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(
                new SafariFavicon("https://example.net/", "https://example.net/i.png", WHEN, "valid", APP_DB),
                new SafariFavicon("https://example.org/", "https://example.org/favicon.ico", WHEN, "valid", HOME_DB),
                new SafariFavicon("https://example.com/", "https://example.com/bad.ico", WHEN.plusSeconds(5),
                        "rejected", HOME_DB));
    }

    @Test
    void matchesThePageUrlElseTheIconUrl() throws Exception {
        ModuleRun.Result<SafariFavicon> result = run(DumpBuilder.in(dir.resolve("dump"))
                .database(HOME_DB, schema("favicons-ios14.sql")
                        + icon("u1", "https://bun54l2b67.get1tn0w.free247downloads.com:30495/szev4hz",
                        "https://example.org/favicon.ico", WHEN)
                        + icon("u2", "https://example.org/", "https://free247downloads.com/i.ico", WHEN)
                        + icon("u3", "https://example.com/", "https://example.com/i.ico", WHEN)), PEGASUS);

        assertThat(result.alerts()).hasSize(2).allSatisfy(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.eventTime()).isEqualTo(WHEN);
        });
        assertThat(result.alerts().get(0).message()).startsWith("Found a favicon of known spyware infrastructure in "
                + "Safari's favicon cache (" + HOME_DB + "): https://bun54l2b67.get1tn0w.free247downloads.com");
        assertThat(result.alerts().get(1).message()).contains(": https://free247downloads.com/i.ico ");
    }

    @Test
    void putsEachIconOnTheTimeline() throws Exception {
        ModuleRun.Result<SafariFavicon> result = run(DumpBuilder.in(dir.resolve("dump"))
                .database(HOME_DB, schema("favicons-ios14.sql") + icon("u1", "https://example.org/",
                        "https://example.org/favicon.ico", WHEN)), TestIndicators.none());

        assertThat(result.events()).containsExactly(new TimelineEvent(WHEN, "safari_favicon", "safari_favicon",
                "Safari favicon (valid) from https://example.org/favicon.ico for https://example.org/"));
    }

    @Test
    void notesAbsenceOfADatabaseWithoutIconTables() throws Exception {
        ModuleRun.Result<SafariFavicon> result = run(DumpBuilder.in(dir.resolve("dump"))
                .database(HOME_DB, "CREATE TABLE other (x INTEGER);"), TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.absences()).singleElement().satisfies(note -> assertThat(note.message())
                .isEqualTo("Favicons.db has no page_url table, so nothing was read from it"));
    }

    private static String schema(String name) throws Exception {
        return SqlScript.resource(SafariFaviconModuleTest.class, name);
    }

    private static String icon(String uuid, String page, String icon, Instant time) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("uuid", uuid);
        info.put("url", icon);
        info.put("timestamp", SqlScript.appleSeconds(time));
        info.put("width", 32);
        info.put("height", 32);
        return SqlScript.insert("icon_info", info) + SqlScript.insert("page_url", Map.of("uuid", uuid, "url", page));
    }

    private static String rejected(String page, String icon, Instant time) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("page_url", page);
        values.put("icon_url", icon);
        values.put("timestamp", SqlScript.appleSeconds(time));
        return SqlScript.insert("rejected_resources", values);
    }

    private static ModuleRun.Result<SafariFavicon> run(DumpBuilder dump, Indicators indicators) throws Exception {
        try (FilesystemDumpSource source = FilesystemDumpSource.open(dump.build())) {
            return ModuleRun.run(new SafariFaviconModule(), source, indicators);
        }
    }
}
