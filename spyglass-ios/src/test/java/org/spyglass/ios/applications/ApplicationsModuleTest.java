package org.spyglass.ios.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestFolderSource;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class ApplicationsModuleTest {
    private static final Indicators FEEDS = TestIndicators.of().process("com.apple.rapports.events", "Pegasus")
            .add(IndicatorType.APP_ID, "com.example.spy", "Stalkerware").build();

    @TempDir
    Path dir;

    @Test
    void readsEveryAppOfInfoPlistWithItsMetadataAndIconHash() throws Exception {
        ModuleRun.Result<ApplicationRecord> result = run(ApplicationsFixtures.addTo(BackupBuilder.in(dir)),
                TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(ApplicationsFixtures.RECORDS);
        assertThat(result.records().get(0)).isEqualTo(new ApplicationRecord("com.example.notes",
                "com.example.notes", 1_000_000_001L, "Example Notes", "Example Corp", "3.2", "3200",
                "com.apple.AppStore", "Productivity", ApplicationsFixtures.NOTES_PURCHASED,
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(BackupBuilder.ICON)), null));
        assertThat(result.records().get(1).sourceApp()).isNull();
    }

    @Test
    void matchesTheBundleIdAsProcessNameAndAsAppId() throws Exception {
        ModuleRun.Result<ApplicationRecord> result = run(ApplicationsFixtures.addTo(BackupBuilder.in(dir))
                .application("com.example.spy", ApplicationsFixtures.metadata("com.example.spy", 7L, "Spy", "X",
                        "1", "1", "com.apple.AppStore", Instant.parse("2021-07-01T00:00:00Z"))), FEEDS);

        assertThat(result.alerts()).filteredOn(alert -> alert.level() == Level.CRITICAL).extracting(Alert::message)
                .containsExactly("Found an installed app whose bundle id is a known spyware process name in the "
                        + "backup's Info.plist: com.apple.rapports.events matched indicator "
                        + "\"com.apple.rapports.events\" (same process name) from \"Pegasus\"",
                        "Found a known spyware app installed, in the backup's Info.plist: com.example.spy matched "
                                + "indicator \"com.example.spy\" (same app id) from \"Stalkerware\"");
        assertThat(result.alerts()).filteredOn(alert -> alert.message().contains("rapports")).singleElement()
                .satisfies(alert -> assertThat(alert.eventTime()).isEqualTo(Instant.parse("2021-07-16T23:10:00Z")));
        assertThat(result.alerts()).noneMatch(alert -> alert.message().contains("com.example.notes"));
    }

    @Test
    void fixtureRaisesTheAlertsItDocuments() throws Exception {
        ModuleRun.Result<ApplicationRecord> result = run(ApplicationsFixtures.addTo(BackupBuilder.in(dir)), FEEDS);

        assertThat(result.alerts()).filteredOn(a -> a.level() == Level.CRITICAL)
                .hasSize(ApplicationsFixtures.CRITICAL_ALERTS);
        assertThat(result.alerts()).filteredOn(a -> a.level() == Level.MEDIUM)
                .hasSize(ApplicationsFixtures.MEDIUM_ALERTS);
        assertThat(result.alerts()).hasSize(ApplicationsFixtures.CRITICAL_ALERTS + ApplicationsFixtures.MEDIUM_ALERTS);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"com.apple.TestFlight, true", "com.example.marketplace, true",
        "com.apple.AppStore, false", "com.apple.AppStore.ProductPageExtension, false", "com.apple.dmd, false",
        "dmd, false", "none, false"})
    void flagsAppsThatNeitherTheStoreNorDeviceManagementInstalled(String installer, boolean flagged)
            throws Exception {
        ModuleRun.Result<ApplicationRecord> result = run(BackupBuilder.in(dir).application("com.example.tool",
                ApplicationsFixtures.metadata("com.example.tool", 9L, "Tool", "Example Corp", "2.0", "20", installer,
                        Instant.parse("2021-06-11T07:45:00Z"))), TestIndicators.none());

        if (flagged) {
            assertThat(result.alerts()).singleElement().satisfies(alert -> {
                assertThat(alert.level()).isEqualTo(Level.MEDIUM);
                assertThat(alert.heuristic().id()).isEqualTo("ios.applications.not-from-app-store");
                assertThat(alert.heuristic().explanation()).contains("legitimate");
                assertThat(alert.message()).isEqualTo("App com.example.tool (\"Tool\") was not installed from the "
                        + "App Store or by device management: the backup's Info.plist names its installer "
                        + installer);
            });
        } else {
            assertThat(result.alerts()).isEmpty();
        }
    }

    @Test
    void putsEachInstallOnTheTimelineAtItsPurchaseDate() throws Exception {
        ModuleRun.Result<ApplicationRecord> result = run(ApplicationsFixtures.addTo(BackupBuilder.in(dir)),
                TestIndicators.none());

        assertThat(result.events()).hasSize(4).first().isEqualTo(new TimelineEvent(
                ApplicationsFixtures.NOTES_PURCHASED, "applications", "app_installed",
                "App com.example.notes version 3.2 from Example Corp installed from com.apple.AppStore"));
    }

    @Test
    void fallsBackToTheTopLevelPurchaseDate() throws Exception {
        Instant purchased = Instant.parse("2019-01-05T12:00:00Z");
        ModuleRun.Result<ApplicationRecord> result = run(BackupBuilder.in(dir).application("com.example.old",
                Map.of("softwareVersionBundleId", "com.example.old", "purchaseDate", purchased)),
                TestIndicators.none());

        assertThat(result.records()).singleElement()
                .satisfies(app -> assertThat(app.isodate()).isEqualTo(purchased));
    }

    @Test
    void listsAnAppWithoutMetadataByItsInfoPlistKey() throws Exception {
        ModuleRun.Result<ApplicationRecord> result = run(BackupBuilder.in(dir).application("com.example.bare", null),
                TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).singleElement().satisfies(app -> {
            assertThat(app.name()).isEqualTo("com.example.bare");
            assertThat(app.softwareVersionBundleId()).isNull();
            assertThat(app.iconSha256()).isNotNull();
        });
        assertThat(result.events()).isEmpty();
    }

    @Test
    void warnsOfUnreadableMetadataAndStillListsTheApp() throws Exception {
        ModuleRun.Result<ApplicationRecord> result = run(BackupBuilder.in(dir).info("Applications",
                Map.of("com.example.broken", Map.of("iTunesMetadata", bytes("garbage")))), TestIndicators.none());

        assertThat(result.records()).extracting(ApplicationRecord::name).containsExactly("com.example.broken");
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.location()).endsWith("Info.plist: Applications/com.example.broken/iTunesMetadata");
            assertThat(warning.message()).contains("not a readable property list");
        });
    }

    @Test
    void readsEachAppsMetadataFileOnAFilesystemDump() throws Exception {
        String path = "/private/var/containers/Bundle/Application/5E0F3A8C-0000-4000-8000-000000000001/"
                + "iTunesMetadata.plist";
        TestFolderSource.write(dir, path, """
                <?xml version="1.0" encoding="UTF-8"?>
                <plist version="1.0"><dict>
                  <key>softwareVersionBundleId</key><string>com.example.maps</string>
                  <key>itemName</key><string>Maps Example</string>
                  <key>sourceApp</key><string>com.apple.AppStore</string>
                  <key>com.apple.iTunesStore.downloadInfo</key>
                  <dict><key>purchaseDate</key><string>2022-02-03T04:05:06Z</string></dict>
                </dict></plist>
                """);
        TestFolderSource.write(dir, path.replace("0001", "0002"), "not a plist");
        try (TestFolderSource source = new TestFolderSource(dir, SourceKind.IOS_FILESYSTEM, Map.of())) {
            ModuleRun.Result<ApplicationRecord> result = ModuleRun.run(new ApplicationsModule(), source,
                    TestIndicators.none());

            assertThat(result.records()).hasSize(2);
            assertThat(result.records().get(0)).isEqualTo(new ApplicationRecord(null, "com.example.maps", null,
                    "Maps Example", null, null, null, "com.apple.AppStore", null,
                    Instant.parse("2022-02-03T04:05:06Z"), null, path));
            assertThat(result.warnings()).singleElement().satisfies(warning -> {
                assertThat(warning.location()).isEqualTo(path.replace("0001", "0002"));
                assertThat(warning.message()).contains("not a readable property list");
            });
        }
    }

    @Test
    void notesAbsenceWhenInfoPlistListsNoApplications() throws Exception {
        ModuleRun.Result<ApplicationRecord> result = run(BackupBuilder.in(dir), TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(note -> assertThat(note.message()).isEqualTo("Info.plist lists no Applications"));
    }

    private ModuleRun.Result<ApplicationRecord> run(BackupBuilder builder, Indicators indicators) throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new ApplicationsModule(), source, indicators);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
