package org.spyglass.ios.manifest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.spyglass.core.Level;
import org.spyglass.core.source.FileTimes;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * Four Manifest.db rows: Safari's WebKit LocalStorage folder and one site's storage file (example.org), a link, and
 * one planted trace: {@code wifi_passwords.txt} in WirelessDomain, i.e.
 * {@code /private/var/wireless/wifi_passwords.txt}, a DarkSword file path of the bundled mvt-indicators feed. The manifest module lists every row of the backup, so in
 * a backup with other fixtures it emits more records than these; these rows raise exactly {@link #HIGH_ALERTS}
 * HIGH alert and no warning.
 */
public final class ManifestFixtures {
    public static final int ROWS_ADDED = 4;
    public static final Level ALERT_LEVEL = Level.HIGH;
    public static final int HIGH_ALERTS = 1;
    public static final String PLANTED_PATH = "/private/var/wireless/wifi_passwords.txt";
    public static final FileTimes SITE_TIMES = new FileTimes(Instant.parse("2021-07-10T08:00:00Z"),
            Instant.parse("2021-07-10T08:00:00Z"), Instant.parse("2021-06-01T17:30:00Z"));

    private static final String SAFARI = "AppDomain-com.apple.mobilesafari";
    private static final String LOCAL_STORAGE = "Library/WebKit/WebsiteData/LocalStorage";

    private ManifestFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        return builder.directory(SAFARI, LOCAL_STORAGE)
                .file(SAFARI, LOCAL_STORAGE + "/https_www.example.org_0.localstorage",
                        "SQLite format 3".getBytes(StandardCharsets.UTF_8), SITE_TIMES)
                .symlink("HomeDomain", "Library/Caches/com.example.reader/current", "v2")
                .file("WirelessDomain", "wifi_passwords.txt", "ssid: example".getBytes(StandardCharsets.UTF_8),
                        FileTimes.all(Instant.parse("2021-07-17T03:14:00Z")));
    }
}
