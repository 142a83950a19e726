package org.spyglass.ios.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.profiles.ProfilesFixtures.DOMAIN;
import static org.spyglass.ios.profiles.ProfilesFixtures.PREDATOR_INSTALLED;
import static org.spyglass.ios.profiles.ProfilesFixtures.WIFI_INSTALLED;
import static org.spyglass.ios.profiles.ProfilesFixtures.WIFI_REMOVED;
import static org.spyglass.ios.profiles.ProfilesFixtures.event;
import static org.spyglass.ios.profiles.ProfilesFixtures.events;
import static org.spyglass.ios.profiles.ProfilesFixtures.plist;

import java.nio.file.Path;
import java.util.List;
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
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class ProfileEventsModuleTest {
    private static final Indicators PEGASUS = TestIndicators.of().process("roleaccountd", "Pegasus")
            .process("bh", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsEveryEventOfTheLog() throws Exception {
        ModuleRun.Result<ProfileEvent> result = run(ProfilesFixtures.addTo(BackupBuilder.in(dir)),
                TestIndicators.none());

        assertThat(result.records()).hasSize(ProfilesFixtures.EVENT_RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(
                new ProfileEvent("com.example.corp.wifi", WIFI_INSTALLED, "install", "Preferences"),
                new ProfileEvent("com.apple.webclip.7c1f", PREDATOR_INSTALLED, "install", "roleaccountd"),
                new ProfileEvent("com.example.corp.wifi", WIFI_REMOVED, "remove", "Preferences"));
    }

    @Test
    void raisesACriticalAlertForAnIndicatorProcessAndListsEveryEvent() throws Exception {
        ModuleRun.Result<ProfileEvent> result = run(ProfilesFixtures.addTo(BackupBuilder.in(dir)), PEGASUS);

        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(ProfilesFixtures.EVENT_ALERT_LEVELS);
        Alert critical = result.alerts().get(1);
        assertThat(critical.heuristic()).isNull();
        assertThat(critical.eventTime()).isEqualTo(PREDATOR_INSTALLED);
        assertThat(critical.message()).contains("\"roleaccountd\"").contains("com.apple.webclip.7c1f")
                .contains("\"Pegasus\"");
        assertThat(result.alerts()).filteredOn(alert -> alert.heuristic() != null).extracting(
                alert -> alert.heuristic().id()).containsExactly("ios.profile_events.profile-installed",
                "ios.profile_events.profile-installed", "ios.profile_events.profile-operation");
        assertThat(result.alerts().get(3).message()).isEqualTo(
                "Process \"Preferences\" started operation \"remove\" of profile \"com.example.corp.wifi\"");
    }

    @Test
    void matchesTheProfileIdOfAnEvent() throws Exception {
        String predator = ProfilesFixtures.PREDATOR_PROFILE_ID;
        ModuleRun.Result<ProfileEvent> result = run(BackupBuilder.in(dir).file(DOMAIN,
                ProfileEventsModule.RELATIVE_PATH, plist(events(event(predator.toLowerCase(), WIFI_INSTALLED,
                        "install", "profiled")))),
                TestIndicators.of().add(IndicatorType.PROFILE_ID, predator, "Predator").build());

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL, Level.LOW);
        assertThat(result.alerts().get(0).message()).contains("\"Predator\"");
    }

    @Test
    void putsEachOperationOnTheTimeline() throws Exception {
        ModuleRun.Result<ProfileEvent> result = run(ProfilesFixtures.addTo(BackupBuilder.in(dir)),
                TestIndicators.none());

        assertThat(result.events()).hasSize(3).first().isEqualTo(new TimelineEvent(WIFI_INSTALLED,
                "profile_events", "profile_operation",
                "Process \"Preferences\" started operation \"install\" of profile \"com.example.corp.wifi\""));
    }

    @Test
    void readsTheCopyInTheHomeFolderOfOlderIosVersions() throws Exception {
        ModuleRun.Result<ProfileEvent> result = run(BackupBuilder.in(dir).file("HomeDomain",
                ProfileEventsModule.RELATIVE_PATH, plist(events(event("com.example.vpn", WIFI_INSTALLED,
                        "install", "Preferences")))), TestIndicators.none());

        assertThat(result.records()).containsExactly(new ProfileEvent("com.example.vpn", WIFI_INSTALLED, "install",
                "Preferences"));
    }

    @Test
    void notesALogWithoutEventsAsAbsentAndWarnsOnABadItem() throws Exception {
        ModuleRun.Result<ProfileEvent> empty = run(BackupBuilder.in(dir.resolve("a")).file(DOMAIN,
                ProfileEventsModule.RELATIVE_PATH, plist(Map.of("Other", 1))), TestIndicators.none());
        ModuleRun.Result<ProfileEvent> bad = run(BackupBuilder.in(dir.resolve("b")).file(DOMAIN,
                ProfileEventsModule.RELATIVE_PATH, plist(Map.of("ProfileEvents", List.of("text",
                        event("com.example.a", WIFI_INSTALLED, "install", "Preferences"))))), TestIndicators.none());

        assertThat(empty.records()).isEmpty();
        assertThat(empty.warnings()).isEmpty();
        assertThat(empty.absences()).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("no ProfileEvents list"));
        assertThat(bad.records()).hasSize(1);
        assertThat(bad.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.location()).endsWith("MCProfileEvents.plist: ProfileEvents[0]");
            assertThat(warning.message()).contains("should be a dictionary");
        });
    }

    private static ModuleRun.Result<ProfileEvent> run(BackupBuilder builder, Indicators indicators)
            throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new ProfileEventsModule(), source, indicators);
        }
    }
}
