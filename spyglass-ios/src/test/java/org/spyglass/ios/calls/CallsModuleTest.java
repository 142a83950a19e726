package org.spyglass.ios.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.calls.CallsFixtures.call;
import static org.spyglass.ios.calls.CallsFixtures.uniqueId;

import java.nio.file.Path;
import java.time.Instant;
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

class CallsModuleTest {
    private static final Instant T1 = Instant.parse("2021-06-20T08:12:00Z");
    private static final Instant T2 = Instant.parse("2021-06-21T17:30:45Z");
    private static final Indicators PEGASUS = TestIndicators.of()
            .add(IndicatorType.EMAIL, CallsFixtures.PLANTED_EMAIL, "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsEveryCallDecodingTheAddressBlob() throws Exception {
        ModuleRun.Result<CallRecord> result = run(database(CallsFixtures.SCHEMA,
                call(1, T1, 312.0, "+15550142", "com.apple.Telephony", true, true, "California")
                        + call(2, T2, 0.0, "friend@example.org", "com.apple.FaceTime", false, false, null)
                        + call(3, T2.plusSeconds(60), 64.5, "+15550188", "net.whatsapp.WhatsApp", false, true, null)),
                TestIndicators.none());

        assertThat(result.records()).hasSize(3);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new CallRecord(1, T1, 312.0, "California", "+15550142",
                "com.apple.Telephony", "outgoing", true, uniqueId(1)));
        assertThat(result.records().get(1).number()).isEqualTo("friend@example.org");
        assertThat(result.records().get(1).direction()).isEqualTo("incoming");
        assertThat(result.records().get(2).provider()).isEqualTo("net.whatsapp.WhatsApp");
    }

    @Test
    void raisesACriticalAlertForACallFromAnIndicatorAppleIdOnly() throws Exception {
        ModuleRun.Result<CallRecord> result = run(database(CallsFixtures.SCHEMA,
                call(1, T1, 0.0, "Bogaardlisa803@gmail.com", "com.apple.FaceTime", false, false, null)
                        + call(2, T2, 10.0, "friend@example.org", "com.apple.FaceTime", false, true, null)
                        + call(3, T2, 10.0, "+15550142", "com.apple.Telephony", true, true, null)), PEGASUS);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.module()).isEqualTo("calls");
            assertThat(alert.eventTime()).isEqualTo(T1);
            assertThat(alert.message()).contains("incoming call from Bogaardlisa803@gmail.com using com.apple.FaceTime")
                    .contains("\"bogaardlisa803@gmail.com\"").contains("\"Pegasus\"");
            assertThat(alert.record()).isEqualTo(result.records().get(0));
        });
    }

    @Test
    void putsEachCallOnTheTimeline() throws Exception {
        ModuleRun.Result<CallRecord> result = run(database(CallsFixtures.SCHEMA,
                call(1, T1, 312.0, "+15550142", "com.apple.Telephony", true, true, null)
                        + call(2, T2, 0.0, "+15550173", "com.apple.Telephony", false, false, null)),
                TestIndicators.none());

        assertThat(result.events()).containsExactly(
                new TimelineEvent(T1, "calls", "call",
                        "Outgoing call to +15550142 using com.apple.Telephony during 312 seconds, answered"),
                new TimelineEvent(T2, "calls", "call",
                        "Incoming call from +15550173 using com.apple.Telephony during 0 seconds, not answered"));
    }

    @Test
    void readsAReducedSchemaWithATextAddress() throws Exception {
        ModuleRun.Result<CallRecord> result = run(database("callhistory-reduced.sql",
                "INSERT INTO ZCALLRECORD (Z_PK, ZDATE, ZDURATION, ZADDRESS) VALUES (7, 646000000, 12.0, "
                        + "'+15550190');"), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new CallRecord(7,
                Instant.ofEpochSecond(978_307_200L + 646_000_000L), 12.0, null, "+15550190", null, null, null,
                null));
        assertThat(result.events()).singleElement().satisfies(event -> assertThat(event.description())
                .isEqualTo("Call with +15550190 during 12 seconds"));
    }

    @Test
    void notesAbsenceWhenTheCallTableIsMissing() throws Exception {
        ModuleRun.Result<CallRecord> result = run(BackupBuilder.in(dir).database(CallsFixtures.DOMAIN,
                CallsFixtures.RELATIVE_PATH, "CREATE TABLE Z_METADATA (Z_VERSION INTEGER PRIMARY KEY)"),
                TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("no ZCALLRECORD table"));
    }

    @Test
    void fixtureRaisesTheDocumentedAlerts() throws Exception {
        ModuleRun.Result<CallRecord> result = run(CallsFixtures.addTo(BackupBuilder.in(dir)), PEGASUS);

        assertThat(result.records()).hasSize(CallsFixtures.RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(CallsFixtures.ALERT_LEVELS);
        assertThat(result.alerts().get(0).eventTime()).isEqualTo(CallsFixtures.PLANTED_TIME);
    }

    private BackupBuilder database(String schema, String rows) {
        return BackupBuilder.in(dir).database(CallsFixtures.DOMAIN, CallsFixtures.RELATIVE_PATH,
                CallsFixtures.schema(schema) + rows);
    }

    private static ModuleRun.Result<CallRecord> run(BackupBuilder builder, Indicators indicators)
            throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new CallsModule(), source, indicators);
        }
    }
}
