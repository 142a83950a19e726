package org.spyglass.ios.webkitfolders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestFolderSource;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.fs.FilesystemDumpSource;
import org.spyglass.ios.testing.DumpBuilder;

class WebkitFolderModulesTest {
    private static final String APP = "/private/var/mobile/Containers/Data/Application/AAAA/";
    private static final String INDEXEDDB = APP + "Library/WebKit/WebsiteData/IndexedDB";
    private static final String LOCAL_STORAGE = APP + "Library/WebKit/WebsiteData/LocalStorage";
    private static final String VIEW_SERVICE = APP + "SystemData/com.apple.SafariViewService/Library/WebKit/"
            + "WebsiteData";
    private static final Instant WHEN = Instant.parse("2021-07-14T02:15:26Z");
    private static final Indicators PEGASUS = TestIndicators.of().domain("free247downloads.com", "Pegasus").build();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"https_www.example.com_0, https://www.example.com", "http_example.org_8080, http://example.org",
        "https_example.net_0.localstorage, https://example.net", "http_localhost, http://localhost",
        "v1, ", ".DS_Store, ", "https_, ", "httpsfoo, "})
    void spellsTheOriginOutOfAStorageName(String name, String origin) {
        assertThat(WebkitFolderParser.origin(name)).isEqualTo(origin);
    }

    @Test
    void turnsEachIndexedDbFolderIntoItsSiteWithTheFolderTime() throws Exception {
        ModuleRun.Result<WebkitFolderRecord> result = run(new WebkitIndexedDbModule(), DumpBuilder.in(dir)
                .file(INDEXEDDB + "/https_www.example.com_0/abc/IndexedDB.sqlite3", "x")
                .folder(INDEXEDDB + "/https_www.example.com_0", WHEN)
                .file(INDEXEDDB + "/v1/hash", "x"), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new WebkitFolderRecord(INDEXEDDB, "https_www.example.com_0",
                "https://www.example.com", WHEN));
        assertThat(result.events()).containsExactly(new TimelineEvent(WHEN, "webkit_indexeddb", "webkit_indexeddb",
                "WebKit IndexedDB data of https://www.example.com in " + INDEXEDDB));
    }

    @Test
    void raisesACriticalAlertForLocalStorageOfKnownInfrastructure() throws Exception {
        ModuleRun.Result<WebkitFolderRecord> result = run(new WebkitLocalStorageModule(), DumpBuilder.in(dir)
                .file(LOCAL_STORAGE + "/https_bun54l2b67.get1tn0w.free247downloads.com_30495.localstorage", "x", WHEN)
                .file(LOCAL_STORAGE + "/https_www.apple.com_0.localstorage", "x"), PEGASUS);

        assertThat(result.records()).hasSize(2);
        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.message()).startsWith("Found WebKit LocalStorage data of known spyware infrastructure: "
                    + "https://bun54l2b67.get1tn0w.free247downloads.com (" + LOCAL_STORAGE + "/https_bun54l2b67");
            assertThat(alert.eventTime()).isEqualTo(WHEN);
        });
    }

    @Test
    void readsTheInAppBrowsersDataAndItsStores() throws Exception {
        ModuleRun.Result<WebkitFolderRecord> result = run(new WebkitSafariViewServiceModule(), DumpBuilder.in(dir)
                .file(VIEW_SERVICE + "/https_a.example.com_0/x", "x")
                .file(VIEW_SERVICE + "/LocalStorage/https_b.example.com_0.localstorage", "x")
                .file(VIEW_SERVICE + "/IndexedDB/https_c.example.com_0/x", "x"), TestIndicators.none());

        assertThat(result.records()).extracting(WebkitFolderRecord::url).containsExactly("https://a.example.com",
                "https://c.example.com", "https://b.example.com");
    }

    @Test
    void notesAbsenceWhenTheDumpHasNoSuchFolderOrIsNotADump() throws Exception {
        ModuleRun.Result<WebkitFolderRecord> empty = run(new WebkitIndexedDbModule(), DumpBuilder.in(dir.resolve("a"))
                .file("/private/var/mobile/x", "x"), TestIndicators.none());
        TestFolderSource.write(dir.resolve("b"), INDEXEDDB + "/https_www.example.com_0/x", "x");
        ModuleRun.Result<WebkitFolderRecord> notDump;
        try (TestFolderSource source = new TestFolderSource(dir.resolve("b"))) {
            notDump = ModuleRun.run(new WebkitIndexedDbModule(), source, TestIndicators.none());
        }

        assertThat(empty.records()).isEmpty();
        assertThat(empty.absences()).singleElement().satisfies(note -> assertThat(note.message())
                .startsWith("the dump holds no WebKit IndexedDB data"));
        assertThat(notDump.absences()).singleElement().satisfies(note -> assertThat(note.message())
                .isEqualTo("only a filesystem dump holds WebKit's IndexedDB folders"));
    }

    private static ModuleRun.Result<WebkitFolderRecord> run(ArtifactModule<WebkitFolderRecord> module,
                                                            DumpBuilder dump, Indicators indicators)
            throws Exception {
        try (FilesystemDumpSource source = FilesystemDumpSource.open(dump.build())) {
            return ModuleRun.run(module, source, indicators);
        }
    }
}
