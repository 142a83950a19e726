package org.spyglass.ios.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.profiles.ProfilesFixtures.DOMAIN;
import static org.spyglass.ios.profiles.ProfilesFixtures.PREDATOR_INSTALLED;
import static org.spyglass.ios.profiles.ProfilesFixtures.PREDATOR_PROFILE_ID;
import static org.spyglass.ios.profiles.ProfilesFixtures.WIFI_INSTALLED;
import static org.spyglass.ios.profiles.ProfilesFixtures.WIFI_PROFILE_ID;
import static org.spyglass.ios.profiles.ProfilesFixtures.WIFI_PROFILE_PATH;
import static org.spyglass.ios.profiles.ProfilesFixtures.plist;
import static org.spyglass.ios.profiles.ProfilesFixtures.profile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupFileIds;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class ConfigurationProfilesModuleTest {
    private static final Indicators PREDATOR = TestIndicators.of()
            .add(IndicatorType.PROFILE_ID, PREDATOR_PROFILE_ID, "Predator").build();
    private static final String DEVICE_ROOT =
            "/private/var/containers/Shared/SystemGroup/systemgroup.com.apple.configurationprofiles/";

    @TempDir
    Path dir;

    @Test
    void readsEveryProfileFileOfTheDomainAndNoOtherFile() throws Exception {
        ModuleRun.Result<ConfigurationProfile> result = run(ProfilesFixtures.addTo(BackupBuilder.in(dir))
                .file(DOMAIN, "Library/ConfigurationProfiles/UserSettings.plist", plist(Map.of("a", "b")))
                .file("HomeDomain", "Library/profile-elsewhere.stub", plist(ProfilesFixtures.wifiProfile())),
                TestIndicators.none());

        assertThat(result.records()).hasSize(ProfilesFixtures.PROFILE_RECORDS);
        assertThat(result.warnings()).isEmpty();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("PayloadType", "com.apple.wifi.managed");
        payload.put("PayloadUUID", "0C4D9E21-3A7B-4C5E-8F60-1B2A3C4D5E6F");
        payload.put("PayloadIdentifier", "com.example.corp.wifi.payload");
        payload.put("SSID_STR", "ExampleCorp");
        payload.put("EncryptionType", "WPA2");
        Map<String, Object> plist = new LinkedHashMap<>();
        plist.put("PayloadContent", List.of(payload));
        plist.put("PayloadDescription", "Connects to the office network.");
        plist.put("PayloadDisplayName", "Example Corp Wi-Fi");
        plist.put("PayloadIdentifier", "com.example.corp.wifi");
        plist.put("PayloadOrganization", "Example Corp");
        plist.put("PayloadType", "Configuration");
        plist.put("PayloadUUID", WIFI_PROFILE_ID);
        plist.put("PayloadVersion", 1L);
        plist.put("InstallDate", WIFI_INSTALLED);
        plist.put("SignerCerts", List.of(new byte[] {0x30, (byte) 0x82, 0x01, 0x0a}));
        ConfigurationProfile wifi = result.records().stream()
                .filter(profile -> WIFI_PROFILE_ID.equals(profile.payloadUuid())).findFirst().orElseThrow();
        assertThat(wifi).usingRecursiveComparison().isEqualTo(new ConfigurationProfile(
                BackupFileIds.of(DOMAIN, WIFI_PROFILE_PATH), WIFI_PROFILE_PATH, DOMAIN, DEVICE_ROOT + WIFI_PROFILE_PATH,
                WIFI_PROFILE_ID, "com.example.corp.wifi", "Example Corp Wi-Fi", "Connects to the office network.",
                "Example Corp", "Configuration", List.of("com.apple.wifi.managed"), WIFI_INSTALLED, plist));
    }

    @Test
    void raisesACriticalAlertForAProfileIdOfTheIndicatorsAndNoneForOthers() throws Exception {
        ModuleRun.Result<ConfigurationProfile> result = run(ProfilesFixtures.addTo(BackupBuilder.in(dir)),
                PREDATOR);

        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(ProfilesFixtures.PROFILE_ALERT_LEVELS);
        Alert alert = result.alerts().get(0);
        assertThat(alert.module()).isEqualTo("configuration_profiles");
        assertThat(alert.eventTime()).isEqualTo(PREDATOR_INSTALLED);
        assertThat(alert.message()).contains(PREDATOR_PROFILE_ID).contains("\"Update\"").contains("\"Predator\"");
        assertThat(alert.matches()).singleElement().satisfies(match -> assertThat(match.indicator().value())
                .isEqualToIgnoringCase(PREDATOR_PROFILE_ID));
        assertThat(((ConfigurationProfile) alert.record()).payloadUuid()).isEqualTo(PREDATOR_PROFILE_ID);
    }

    @ParameterizedTest
    @CsvSource({
            "com.apple.notificationsettings, ios.configuration_profiles.notification-settings, MEDIUM",
            "com.apple.security.root, ios.configuration_profiles.root-certificate, MEDIUM",
            "com.apple.vpn.managed, ios.configuration_profiles.traffic-redirect, LOW",
            "com.apple.proxy.http.global, ios.configuration_profiles.traffic-redirect, LOW"})
    void flagsPayloadsThatHideNotificationsTrustCertificatesOrRedirectTraffic(String payloadType, String heuristic,
                                                                               Level level) throws Exception {
        Map<String, Object> wifi = new LinkedHashMap<>(Map.of("PayloadType", "com.apple.wifi.managed"));
        Map<String, Object> flagged = new LinkedHashMap<>(Map.of("PayloadType", payloadType));
        Map<String, Object> profile = profile("11111111-2222-4333-8444-555555555555", "org.example.test", "Test",
                null, null, WIFI_INSTALLED, wifi);
        profile.put("PayloadContent", List.of(wifi, flagged));
        ModuleRun.Result<ConfigurationProfile> result = run(BackupBuilder.in(dir)
                .file(DOMAIN, "Library/ConfigurationProfiles/profile-test.stub", plist(profile)), PREDATOR);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.heuristic().id()).isEqualTo(heuristic);
            assertThat(alert.level()).isEqualTo(level);
            assertThat(alert.message()).contains(payloadType).contains("\"Test\"");
            assertThat(alert.eventTime()).isEqualTo(WIFI_INSTALLED);
        });
    }

    @Test
    void putsTheInstallOnTheTimelineInMvtsWords() throws Exception {
        ModuleRun.Result<ConfigurationProfile> result = run(ProfilesFixtures.addTo(BackupBuilder.in(dir)),
                TestIndicators.none());

        assertThat(result.events()).contains(new TimelineEvent(WIFI_INSTALLED, "configuration_profiles",
                "configuration_profile_install", "Configuration installed: " + WIFI_PROFILE_ID
                + " - Example Corp Wi-Fi: Connects to the office network."));
        assertThat(result.events()).hasSize(2);
    }

    @Test
    void keepsAProfileWithoutIdOrInstallDateWithoutTimelineEvent() throws Exception {
        ModuleRun.Result<ConfigurationProfile> result = run(BackupBuilder.in(dir).file(DOMAIN,
                "Library/ConfigurationProfiles/profile-bare.stub", plist(Map.of("PayloadType", "Configuration"))),
                PREDATOR);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).singleElement().satisfies(profile -> {
            assertThat(profile.payloadUuid()).isNull();
            assertThat(profile.payloadTypes()).isEmpty();
            assertThat(profile.installDate()).isNull();
        });
        assertThat(result.events()).isEmpty();
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void warnsOnAProfileFileThatIsNotAPlist() throws Exception {
        ModuleRun.Result<ConfigurationProfile> result = run(ProfilesFixtures.addTo(BackupBuilder.in(dir))
                .file(DOMAIN, "Library/ConfigurationProfiles/profile-broken.stub", "not a plist".getBytes()),
                TestIndicators.none());

        assertThat(result.records()).hasSize(ProfilesFixtures.PROFILE_RECORDS);
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.location())
                    .isEqualTo(DEVICE_ROOT + "Library/ConfigurationProfiles/profile-broken.stub");
            assertThat(warning.message()).contains("not a readable property list");
        });
    }

    private static ModuleRun.Result<ConfigurationProfile> run(BackupBuilder builder, Indicators indicators)
            throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new ConfigurationProfilesModule(), source, indicators);
        }
    }
}
