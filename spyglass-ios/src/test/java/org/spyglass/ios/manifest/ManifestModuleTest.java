package org.spyglass.ios.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.source.FileTimes;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupFileIds;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;

class ManifestModuleTest {
    private static final String SAFARI = "AppDomain-com.apple.mobilesafari";
    private static final String STORAGE = "Library/WebKit/WebsiteData/LocalStorage/";
    private static final Indicators FEEDS = TestIndicators.of()
            .add(IndicatorType.FILE_PATH, "/private/var/wireless/wifi_passwords.txt", "DarkSword")
            .add(IndicatorType.FILE_PATH, "/private/var/mobile/Library/Caches/evil", "Test")
            .domain("accountcanceled.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void emitsEveryRowWithItsMetadataAndDevicePath() throws Exception {
        ModuleRun.Result<ManifestRecord> result = run(ManifestFixtures.addTo(BackupBuilder.in(dir)),
                TestIndicators.none());

        assertThat(result.records()).hasSize(ManifestFixtures.ROWS_ADDED);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).extracting(ManifestRecord::flags).containsExactly(2L, 1L, 4L, 1L);
        String site = STORAGE + "https_www.example.org_0.localstorage";
        assertThat(result.records().get(1)).isEqualTo(new ManifestRecord(BackupFileIds.of(SAFARI, site), SAFARI,
                site, 1L, ManifestFixtures.SITE_TIMES.birth(), ManifestFixtures.SITE_TIMES.modified(),
                ManifestFixtures.SITE_TIMES.statusChanged(), "0o100644", 501L, 15L,
                "/private/var/mobile/Containers/Data/Application/com.apple.mobilesafari/" + site));
        assertThat(result.records().get(2).mode()).isEqualTo("0o120755");
    }

    @Test
    void putsOneEventPerDistinctTimeNamedByItsMacbLetters() throws Exception {
        FileTimes times = new FileTimes(Instant.parse("2021-07-01T10:00:00Z"), Instant.parse("2021-07-02T10:00:00Z"),
                Instant.parse("2021-06-30T10:00:00Z"));
        ModuleRun.Result<ManifestRecord> result = run(BackupBuilder.in(dir)
                .file("HomeDomain", "Library/a.plist", bytes("a"), times)
                .file("HomeDomain", "Library/b.plist", bytes("b"), new FileTimes(times.modified(), times.modified(),
                        times.birth())), TestIndicators.none());

        assertThat(result.events()).containsExactly(
                new TimelineEvent(times.modified(), "manifest", "M---", "Library/a.plist - HomeDomain"),
                new TimelineEvent(times.statusChanged(), "manifest", "--C-", "Library/a.plist - HomeDomain"),
                new TimelineEvent(times.birth(), "manifest", "---B", "Library/a.plist - HomeDomain"),
                new TimelineEvent(times.modified(), "manifest", "M-C-", "Library/b.plist - HomeDomain"),
                new TimelineEvent(times.birth(), "manifest", "---B", "Library/b.plist - HomeDomain"));
    }

    @Test
    void matchesTheAbsoluteDevicePathNotTheRelativeOne() throws Exception {
        ModuleRun.Result<ManifestRecord> result = run(ManifestFixtures.addTo(BackupBuilder.in(dir))
                .file("HomeDomain", "wifi_passwords.txt", bytes("not under /private/var/wireless"))
                .file("HomeDomain", "Library/Caches/evil/state.db", bytes("x")), FEEDS);

        assertThat(result.alerts()).extracting(Alert::level).containsOnly(Level.HIGH);
        assertThat(result.alerts()).hasSize(2);
        Alert planted = result.alerts().get(0);
        assertThat(planted.message()).isEqualTo("Found a known spyware file path in Manifest.db: "
                + "/private/var/wireless/wifi_passwords.txt (WirelessDomain, wifi_passwords.txt) matched indicator "
                + "\"/private/var/wireless/wifi_passwords.txt\" (same path) from \"DarkSword\"");
        assertThat(planted.eventTime()).isEqualTo(Instant.parse("2021-07-17T03:14:00Z"));
        assertThat(result.alerts().get(1).message())
                .contains("/private/var/mobile/Library/Caches/evil/state.db").contains("(path under)");
    }

    @Test
    void findsMentionsOfADomainInWebKitStorageNames() throws Exception {
        ModuleRun.Result<ManifestRecord> result = run(BackupBuilder.in(dir)
                .file(SAFARI, STORAGE + "https_www.example.org_0.localstorage", bytes("a"))
                .file(SAFARI, STORAGE + "https_cdn.accountcanceled.com_0.localstorage", bytes("b"))
                .file(SAFARI, "Library/Caches/accountcanceled.com.plist", bytes("c")), FEEDS);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.HIGH);
            assertThat(alert.message()).isEqualTo("Found mention of domain \"cdn.accountcanceled.com\" in a backup "
                    + "file path in Manifest.db: " + STORAGE + "https_cdn.accountcanceled.com_0.localstorage ("
                    + SAFARI + ") matched indicator \"accountcanceled.com\" (subdomain of) from \"Pegasus\"");
        });
    }

    @Test
    void summarisesFilesMissingFromTheBackupInOneWarning() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).file("HomeDomain", "Library/kept.db", bytes("k"));
        IntStream.rangeClosed(1, 25).forEach(i -> builder.missingFile("HomeDomain", "Library/Lost/" + i + ".jpg"));
        ModuleRun.Result<ManifestRecord> result = run(builder, TestIndicators.none());

        assertThat(result.records()).hasSize(26);
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.location()).endsWith("Manifest.db: Files");
            assertThat(warning.message()).startsWith("25 file(s) listed in Manifest.db are missing from the backup "
                    + "folder: the backup is incomplete and these files could not be checked. The first 20: "
                    + "/private/var/mobile/Library/Lost/1.jpg (fileID "
                    + BackupFileIds.of("HomeDomain", "Library/Lost/1.jpg") + "), ");
            assertThat(warning.message()).contains("Library/Lost/20.jpg").doesNotContain("Library/Lost/21.jpg")
                    .doesNotContain("kept.db");
        });
    }

    @Test
    void warnsOnceOfUndecodableBlobsAndKeepsTheRows() throws Exception {
        Path backup = BackupBuilder.in(dir).build();
        SqlScript.run(backup.resolve("Manifest.db"), "INSERT INTO Files VALUES ('" + "ab".repeat(20)
                + "', 'HomeDomain', 'Library/odd', 2, X'0001'); INSERT INTO Files VALUES ('" + "cd".repeat(20)
                + "', 'HomeDomain', 'Library/odd2', 2, X'0002')");
        try (BackupSource source = BackupSource.open(backup)) {
            ModuleRun.Result<ManifestRecord> result = ModuleRun.run(new ManifestModule(), source,
                    TestIndicators.none());
            assertThat(result.records()).extracting(ManifestRecord::relativePath)
                    .containsExactly("Library/odd", "Library/odd2");
            assertThat(result.records().get(0).modified()).isNull();
            assertThat(result.warnings()).singleElement().satisfies(warning -> assertThat(warning.message())
                    .startsWith("2 row(s) have a file blob that could not be decoded")
                    .contains("/private/var/mobile/Library/odd (fileID " + "ab".repeat(20) + ")"));
        }
    }

    private ModuleRun.Result<ManifestRecord> run(BackupBuilder builder, Indicators indicators) throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new ManifestModule(), source, indicators);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
