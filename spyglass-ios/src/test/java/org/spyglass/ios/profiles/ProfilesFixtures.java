package org.spyglass.ios.profiles;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.Level;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * A realistic configuration profiles domain for whole-backup tests: a company Wi-Fi profile, a profile with the
 * Predator (Cytrox) profile id of the bundled feeds, and MCProfileEvents.plist with their installs, a removal, and
 * one install made by {@code roleaccountd}, a Pegasus process name of the bundled feeds.
 */
public final class ProfilesFixtures {
    public static final String DOMAIN = ConfigurationProfilesModule.DOMAIN;
    /** The Predator profile id (mvt-indicators intellexa_predator, Citizen Lab's Cytrox report). */
    public static final String PREDATOR_PROFILE_ID = "76DAB334-7E17-475D-A5D6-0794EB5818A5";
    public static final String WIFI_PROFILE_ID = "5A1C2E34-0B6D-4F2A-9C1E-7D3B8A6F0E21";
    public static final String WIFI_PROFILE_PATH = "Library/ConfigurationProfiles/profile-3f6c0e9d2b8a4e71a5c4d2e1"
            + "f0b9a8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9.stub";
    public static final String PREDATOR_PROFILE_PATH = "Library/ConfigurationProfiles/profile-9a8b7c6d5e4f3a2b1c"
            + "0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d.stub";
    public static final Instant WIFI_INSTALLED = Instant.parse("2021-03-02T09:15:00Z");
    public static final Instant PREDATOR_INSTALLED = Instant.parse("2021-06-14T21:47:12Z");
    public static final Instant WIFI_REMOVED = Instant.parse("2021-06-30T17:02:40Z");

    /** configuration_profiles: two profiles. */
    public static final int PROFILE_RECORDS = 2;
    /** configuration_profiles: the Predator profile id matches. */
    public static final List<Level> PROFILE_ALERT_LEVELS = List.of(Level.CRITICAL);
    /** profile_events: three events. */
    public static final int EVENT_RECORDS = 3;
    /**
     * profile_events, in event order: the Wi-Fi install (LOW), the install by {@code roleaccountd} (CRITICAL for
     * the process, then LOW for the install), the Wi-Fi removal (INFORMATIONAL).
     */
    public static final List<Level> EVENT_ALERT_LEVELS = List.of(Level.LOW, Level.CRITICAL, Level.LOW,
            Level.INFORMATIONAL);

    private ProfilesFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        return builder.file(DOMAIN, WIFI_PROFILE_PATH, plist(wifiProfile()))
                .file(DOMAIN, PREDATOR_PROFILE_PATH, plist(predatorProfile()))
                .file(DOMAIN, ProfileEventsModule.RELATIVE_PATH, plist(events(
                        event("com.example.corp.wifi", WIFI_INSTALLED, "install", "Preferences"),
                        event("com.apple.webclip.7c1f", PREDATOR_INSTALLED, "install", "roleaccountd"),
                        event("com.example.corp.wifi", WIFI_REMOVED, "remove", "Preferences"))));
    }

    /** A company Wi-Fi profile, as an employer's device management installs it. */
    public static Map<String, Object> wifiProfile() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("PayloadType", "com.apple.wifi.managed");
        payload.put("PayloadUUID", "0C4D9E21-3A7B-4C5E-8F60-1B2A3C4D5E6F");
        payload.put("PayloadIdentifier", "com.example.corp.wifi.payload");
        payload.put("SSID_STR", "ExampleCorp");
        payload.put("EncryptionType", "WPA2");
        return profile(WIFI_PROFILE_ID, "com.example.corp.wifi", "Example Corp Wi-Fi",
                "Connects to the office network.", "Example Corp", WIFI_INSTALLED, payload);
    }

    /** A web clip profile carrying the Predator profile id. */
    public static Map<String, Object> predatorProfile() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("PayloadType", "com.apple.webClip.managed");
        payload.put("PayloadUUID", "E2B1C0D9-8F7A-4B6C-9D5E-0F1A2B3C4D5E");
        payload.put("PayloadIdentifier", "com.apple.webclip.7c1f.payload");
        payload.put("Label", "Update");
        payload.put("URL", "https://www.example.org/update");
        return profile(PREDATOR_PROFILE_ID, "com.apple.webclip.7c1f", "Update", "Required update.", null,
                PREDATOR_INSTALLED, payload);
    }

    /** A profile stub with the given top-level keys (null ones left out), one payload, and signer certificates. */
    public static Map<String, Object> profile(String uuid, String identifier, String name, String description,
                                              String organization, Instant installed,
                                              Map<String, Object> payload) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("PayloadContent", List.of(payload));
        putIfPresent(profile, "PayloadDescription", description);
        putIfPresent(profile, "PayloadDisplayName", name);
        putIfPresent(profile, "PayloadIdentifier", identifier);
        putIfPresent(profile, "PayloadOrganization", organization);
        profile.put("PayloadType", "Configuration");
        putIfPresent(profile, "PayloadUUID", uuid);
        profile.put("PayloadVersion", 1);
        if (installed != null) {
            profile.put("InstallDate", Date.from(installed));
        }
        profile.put("SignerCerts", List.of(new byte[] {0x30, (byte) 0x82, 0x01, 0x0a}));
        return profile;
    }

    /** An MCProfileEvents.plist root. */
    @SafeVarargs
    public static Map<String, Object> events(Map<String, Object>... events) {
        return Map.of("ProfileEvents", List.of(events));
    }

    /** One {@code ProfileEvents} item: profile id → {timestamp, operation, process}. */
    public static Map<String, Object> event(String profileId, Instant time, String operation, String process) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("operation", operation);
        details.put("process", process);
        details.put("timestamp", Date.from(time));
        return Map.of(profileId, details);
    }

    /** A binary plist of plain Java values. */
    public static byte[] plist(Object root) {
        try {
            return BinaryPropertyListWriter.writeToArray(NSObject.fromJavaObject(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
