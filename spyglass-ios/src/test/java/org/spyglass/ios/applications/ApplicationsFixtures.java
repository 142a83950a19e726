package org.spyglass.ios.applications;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spyglass.core.Level;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * Four apps in Info.plist's {@code Applications}: two from the App Store (one with the older metadata that has no
 * sourceApp), one installed through TestFlight (a MEDIUM not-from-app-store alert), and one planted trace: an app
 * whose bundle id {@code com.apple.rapports.events} is a Pegasus process name of the bundled 2021-07-18_nso feed
 * (a CRITICAL alert).
 */
public final class ApplicationsFixtures {
    public static final int RECORDS = 4;
    public static final int CRITICAL_ALERTS = 1;
    public static final int MEDIUM_ALERTS = 1;
    public static final Level PLANTED_LEVEL = Level.CRITICAL;
    public static final String PLANTED_BUNDLE_ID = "com.apple.rapports.events";
    public static final Instant NOTES_PURCHASED = Instant.parse("2021-03-02T09:15:00Z");

    private ApplicationsFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        return builder
                .application("com.example.notes", metadata("com.example.notes", 1_000_000_001L, "Example Notes",
                        "Example Corp", "3.2", "3200", "com.apple.AppStore", NOTES_PURCHASED))
                .application("org.example.reader", metadata("org.example.reader", 1_000_000_002L, "Reader",
                        "Example Org", "1.0", "10", null, Instant.parse("2020-11-20T18:00:00Z")))
                .application("com.example.fieldservice", metadata("com.example.fieldservice", 1_000_000_003L,
                        "Field Service (beta)", "Example Corp", "0.9", "90", "com.apple.TestFlight",
                        Instant.parse("2021-06-11T07:45:00Z")))
                .application(PLANTED_BUNDLE_ID, metadata(PLANTED_BUNDLE_ID, 1_000_000_004L, "Events", "Events",
                        "1.0", "1", null, Instant.parse("2021-07-16T23:10:00Z")));
    }

    /**
     * iTunesMetadata as the App Store writes it: the purchase date both as {@code purchaseDate} and under
     * {@code com.apple.iTunesStore.downloadInfo}. A null {@code sourceApp} is left out, as in older metadata.
     */
    public static Map<String, Object> metadata(String bundleId, long itemId, String itemName, String artist,
                                               String shortVersion, String version, String sourceApp,
                                               Instant purchased) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("softwareVersionBundleId", bundleId);
        metadata.put("itemId", itemId);
        metadata.put("itemName", itemName);
        metadata.put("artistName", artist);
        metadata.put("bundleShortVersionString", shortVersion);
        metadata.put("bundleVersion", version);
        metadata.put("genre", "Productivity");
        metadata.put("kind", "software");
        metadata.put("purchaseDate", purchased);
        metadata.put("com.apple.iTunesStore.downloadInfo", Map.of("purchaseDate", purchased.toString(),
                "accountInfo", Map.of("DSPersonID", 1L)));
        if (sourceApp != null) {
            metadata.put("sourceApp", sourceApp);
        }
        return metadata;
    }
}
