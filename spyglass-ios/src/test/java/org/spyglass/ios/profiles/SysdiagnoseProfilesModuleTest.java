package org.spyglass.ios.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.profiles.ProfilesFixtures.PREDATOR_INSTALLED;
import static org.spyglass.ios.profiles.ProfilesFixtures.PREDATOR_PROFILE_ID;
import static org.spyglass.ios.profiles.ProfilesFixtures.WIFI_INSTALLED;
import static org.spyglass.ios.profiles.ProfilesFixtures.WIFI_PROFILE_ID;
import static org.spyglass.ios.profiles.ProfilesFixtures.plist;
import static org.spyglass.ios.profiles.ProfilesFixtures.profile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.sysdiagnose.SysdiagnoseSource;
import org.spyglass.ios.testing.SysdiagnoseBuilder;

class SysdiagnoseProfilesModuleTest {
    private static final String SHARED = "logs/MCState/Shared/";
    private static final String WIFI_STUB = "profile-3f6c0e9d2b8a4e71a5c4d2e1f0a9b8c7.stub";
    private static final String PREDATOR_STUB = "profile-9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d.stub";
    private static final Indicators PREDATOR = TestIndicators.of()
            .add(IndicatorType.PROFILE_ID, PREDATOR_PROFILE_ID, "Predator").build();

    @TempDir
    Path dir;

    private static SysdiagnoseBuilder stubs() {
        return SysdiagnoseBuilder.create()
                .file(SHARED + WIFI_STUB, plist(ProfilesFixtures.wifiProfile()))
                .file(SHARED + PREDATOR_STUB, plist(ProfilesFixtures.predatorProfile()));
    }

    private ModuleRun.Result<ConfigurationProfile> run(SysdiagnoseBuilder builder, Indicators indicators)
            throws Exception {
        try (SysdiagnoseSource source = SysdiagnoseSource.open(builder.writeTarGz(dir))) {
            return ModuleRun.run(new SysdiagnoseProfilesModule(), source, indicators);
        }
    }

    @Test
    void readsEveryProfileStubOfMcStateSharedAndNoOtherFile() throws Exception {
        ModuleRun.Result<ConfigurationProfile> result = run(stubs()
                .file(SHARED + "MCSettingsEvents.plist", plist(Map.of("a", "b")))
                .file("logs/profile-elsewhere.stub", plist(ProfilesFixtures.wifiProfile())), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).extracting(ConfigurationProfile::payloadUuid)
                .containsExactlyInAnyOrder(WIFI_PROFILE_ID, PREDATOR_PROFILE_ID);
        ConfigurationProfile wifi = result.records().stream()
                .filter(profile -> WIFI_PROFILE_ID.equals(profile.payloadUuid())).findFirst().orElseThrow();
        assertThat(wifi.path()).isEqualTo("/sysdiagnose/" + SHARED + WIFI_STUB);
        assertThat(wifi.payloadIdentifier()).isEqualTo("com.example.corp.wifi");
        assertThat(wifi.payloadTypes()).containsExactly("com.apple.wifi.managed");
        assertThat(wifi.installDate()).isEqualTo(WIFI_INSTALLED);
        assertThat(wifi.domain()).isNull();
    }

    @Test
    void raisesACriticalAlertForAProfileIdOfTheIndicatorsAtItsInstallDate() throws Exception {
        ModuleRun.Result<ConfigurationProfile> result = run(stubs(), PREDATOR);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.message()).contains(PREDATOR_PROFILE_ID).contains("\"Predator\"")
                    .contains("/sysdiagnose/" + SHARED + PREDATOR_STUB);
            assertThat(alert.eventTime()).isEqualTo(PREDATOR_INSTALLED);
        });
    }

    @Test
    void flagsARootCertificateProfileWithTheConfigurationProfilesHeuristic() throws Exception {
        Map<String, Object> payload = Map.of("PayloadType", "com.apple.security.root",
                "PayloadUUID", "11111111-2222-3333-4444-555555555555");
        ModuleRun.Result<ConfigurationProfile> result = run(SysdiagnoseBuilder.create().file(SHARED
                + "profile-root.stub", plist(profile("AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE", "com.example.ca",
                "Example CA", null, null, WIFI_INSTALLED, payload))), TestIndicators.none());

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.MEDIUM);
        assertThat(result.alerts().get(0).heuristic().id()).isEqualTo("ios.configuration_profiles.root-certificate");
    }

    @Test
    void putsEachInstallOnTheTimelineUnderThisModule() throws Exception {
        ModuleRun.Result<ConfigurationProfile> result = run(stubs(), TestIndicators.none());

        assertThat(result.events()).extracting(TimelineEvent::timestamp)
                .containsExactlyInAnyOrder(WIFI_INSTALLED, PREDATOR_INSTALLED);
        assertThat(result.events()).allSatisfy(event -> {
            assertThat(event.module()).isEqualTo(SysdiagnoseProfilesModule.NAME);
            assertThat(event.event()).isEqualTo("configuration_profile_install");
        });
    }

    @Test
    void warnsAboutAStubThatIsNotAPlistAndReadsTheOthers() throws Exception {
        ModuleRun.Result<ConfigurationProfile> result = run(stubs().file(SHARED + "profile-broken.stub",
                "not a plist".getBytes(StandardCharsets.UTF_8)), TestIndicators.none());

        assertThat(result.records()).hasSize(2);
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.location()).endsWith("profile-broken"
                + ".stub"));
    }
}
