package org.spyglass.ios.tcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.tcc.TccFixtures.ALLOWED;
import static org.spyglass.ios.tcc.TccFixtures.DENIED;
import static org.spyglass.ios.tcc.TccFixtures.LIMITED;
import static org.spyglass.ios.tcc.TccFixtures.SYSTEM_SET;
import static org.spyglass.ios.tcc.TccFixtures.USER_CONSENT;
import static org.spyglass.ios.tcc.TccFixtures.access;

import java.nio.file.Path;
import java.time.Instant;
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
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class TccModuleTest {
    private static final Instant T1 = Instant.parse("2020-11-02T10:00:00Z");
    private static final Instant T2 = Instant.parse("2021-07-01T03:13:02Z");
    private static final Indicators INDICATORS = TestIndicators.of().process("roleaccountd", "Pegasus")
            .add(IndicatorType.APP_ID, "com.example.stalker", "Stalkerware")
            .add(IndicatorType.FILE_PATH, "/private/var/tmp/hooker", "Coruna").build();

    @TempDir
    Path dir;

    @Test
    void readsEveryPermissionOfTheV3Schema() throws Exception {
        ModuleRun.Result<TccAccess> result = run(TccFixtures.SCHEMA,
                access("kTCCServiceMicrophone", "net.whatsapp.WhatsApp", 0, ALLOWED, USER_CONSENT, T1)
                        + access("kTCCServicePhotos", "org.example.notes", 0, LIMITED, 12, T1)
                        + access("kTCCServiceCamera", "org.example.notes", 0, DENIED, 99, T1), TestIndicators.none());

        assertThat(result.records()).hasSize(3);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new TccAccess("kTCCServiceMicrophone",
                "net.whatsapp.WhatsApp", "bundle_id", "allowed", "user_consent", null, null, T1));
        assertThat(result.records().get(1).authReasonDesc()).isEqualTo("app_type_policy");
        assertThat(result.records().get(1).authValue()).isEqualTo("limited");
        assertThat(result.records().get(2).authReasonDesc()).isEqualTo("99");
    }

    @Test
    void readsTheV2SchemaWithAllowedAndPromptCount() throws Exception {
        ModuleRun.Result<TccAccess> result = run("tcc-v2-ios12.sql",
                "INSERT INTO access (service, client, client_type, allowed, prompt_count, last_modified) "
                        + "VALUES ('kTCCServiceCamera', 'org.example.camera', 0, 1, 1, 1604311200);",
                TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new TccAccess("kTCCServiceCamera", "org.example.camera",
                "bundle_id", null, null, "allowed", 1L, T1));
    }

    @Test
    void readsTheV1SchemaWithoutTimesAndPutsNothingOnTheTimeline() throws Exception {
        ModuleRun.Result<TccAccess> result = run("tcc-v1-ios11.sql",
                "INSERT INTO access (service, client, client_type, allowed, prompt_count) "
                        + "VALUES ('kTCCServiceAddressBook', 'org.example.app', 0, 0, 2);", TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new TccAccess("kTCCServiceAddressBook", "org.example.app",
                "bundle_id", null, null, "denied", 2L, null));
        assertThat(result.events()).isEmpty();
    }

    @Test
    void raisesCriticalAlertsForIndicatorProcessesAppsAndPathsOnly() throws Exception {
        ModuleRun.Result<TccAccess> result = run(TccFixtures.SCHEMA,
                access("kTCCServicePhotos", "/usr/libexec/roleaccountd", 1, DENIED, SYSTEM_SET, T1)
                        + access("kTCCServiceAddressBook", "com.example.stalker", 0, DENIED, USER_CONSENT, T1)
                        + access("kTCCServicePhotos", "/private/var/tmp/hooker/helper", 1, DENIED, SYSTEM_SET, T2)
                        + access("kTCCServicePhotos", "com.apple.roleaccountd.ui", 0, DENIED, USER_CONSENT, T2),
                INDICATORS);

        assertThat(result.alerts()).hasSize(3).allSatisfy(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.module()).isEqualTo("tcc");
            assertThat(alert.heuristic()).isNull();
        });
        assertThat(result.alerts().get(0).message()).contains("known spyware process")
                .contains("Photos access denied to /usr/libexec/roleaccountd").contains("\"Pegasus\"");
        assertThat(result.alerts().get(0).eventTime()).isEqualTo(T1);
        assertThat(result.alerts().get(1).message()).contains("known spyware app").contains("\"Stalkerware\"");
        assertThat(result.alerts().get(2).message()).contains("known spyware file").contains("\"Coruna\"");
    }

    @Test
    void raisesOneAlertForAClientMatchingAProcessAndAFilePath() throws Exception {
        ModuleRun.Result<TccAccess> result = run(TccFixtures.SCHEMA,
                access("kTCCServicePhotos", "/private/var/tmp/hooker/roleaccountd", 1, DENIED, SYSTEM_SET, T1),
                INDICATORS);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.matches()).extracting(match -> match.indicator().value())
                    .containsExactly("roleaccountd", "/private/var/tmp/hooker");
            assertThat(alert.message()).startsWith("Found a known spyware process and file in the privacy "
                    + "permissions (TCC.db): Photos access denied to /private/var/tmp/hooker/roleaccountd matched "
                    + "indicators \"roleaccountd\"").endsWith("from \"Pegasus, Coruna\"");
        });
    }

    @ParameterizedTest
    @CsvSource({
            "kTCCServiceMicrophone, /private/var/tmp/recorder, 1, 2, true",
            "kTCCServiceCamera, recorderd, 0, 3, true",
            "kTCCServiceCamera, recorderd, 0, 0, false",
            "kTCCServiceMicrophone, org.example.recorder, 0, 2, false",
            "kTCCServicePhotos, /private/var/tmp/recorder, 1, 2, false",
    })
    void flagsMicrophoneAndCameraGrantsToClientsThatAreNotApps(String service, String client, int clientType,
                                                               int authValue, boolean flagged) throws Exception {
        ModuleRun.Result<TccAccess> result = run(TccFixtures.SCHEMA,
                access(service, client, clientType, authValue, SYSTEM_SET, T2), TestIndicators.none());

        if (flagged) {
            assertThat(result.alerts()).singleElement().satisfies(alert -> {
                assertThat(alert.level()).isEqualTo(Level.MEDIUM);
                assertThat(alert.heuristic()).isEqualTo(TccChecker.MEDIA_GRANT_TO_NON_APP);
                assertThat(alert.heuristic().explanation()).contains("bundle identifier").contains("not proof");
                assertThat(alert.message()).contains(client).contains("not an app's bundle identifier");
                assertThat(alert.eventTime()).isEqualTo(T2);
            });
        } else {
            assertThat(result.alerts()).isEmpty();
        }
    }

    @Test
    void putsEachTimedPermissionOnTheTimeline() throws Exception {
        ModuleRun.Result<TccAccess> result = run(TccFixtures.SCHEMA,
                access("kTCCServiceMicrophone", "net.whatsapp.WhatsApp", 0, ALLOWED, USER_CONSENT, T1),
                TestIndicators.none());

        assertThat(result.events()).containsExactly(new TimelineEvent(T1, "tcc", "AccessRequest",
                "Access to Microphone by net.whatsapp.WhatsApp allowed"));
    }

    @Test
    void notesAbsenceWhenThereIsNoAccessTable() throws Exception {
        ModuleRun.Result<TccAccess> result = run(BackupBuilder.in(dir).database(TccFixtures.DOMAIN,
                TccFixtures.RELATIVE_PATH, "CREATE TABLE admin (key TEXT, value INTEGER)"), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("no access table"));
    }

    @Test
    void fixtureRaisesTheDocumentedAlerts() throws Exception {
        ModuleRun.Result<TccAccess> result = run(TccFixtures.addTo(BackupBuilder.in(dir)), INDICATORS);

        assertThat(result.records()).hasSize(TccFixtures.RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(TccFixtures.ALERT_LEVELS);
        assertThat(result.alerts()).allSatisfy(alert -> assertThat(alert.eventTime())
                .isEqualTo(TccFixtures.PLANTED_TIME));
    }

    private ModuleRun.Result<TccAccess> run(String schema, String rows, Indicators indicators) throws Exception {
        return run(BackupBuilder.in(dir).database(TccFixtures.DOMAIN, TccFixtures.RELATIVE_PATH,
                TccFixtures.schema(schema) + rows), indicators);
    }

    private static ModuleRun.Result<TccAccess> run(BackupBuilder builder, Indicators indicators) throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new TccModule(), source, indicators);
        }
    }
}
