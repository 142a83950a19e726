package org.spyglass.ios.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.testing.BackupBuilder.guid;
import static org.spyglass.ios.testing.BackupBuilder.smsHandle;
import static org.spyglass.ios.testing.BackupBuilder.smsMessage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.UrlRecord;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class SmsModuleTest {
    private static final Instant SENT = Instant.parse("2019-07-05T14:03:27Z");
    private static final Instant READ = Instant.parse("2019-07-05T14:10:02Z");
    private static final Indicators PEGASUS = TestIndicators.of().domain("accountcanceled.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsEveryMessageIncludingThoseWithoutAHandle() throws Exception {
        ModuleRun.Result<SmsMessage> result = run(BackupBuilder.in(dir).smsDb(BackupBuilder.SMS_IOS14,
                smsHandle(1, "+15550142")
                        + smsMessage(1, 1, "Confirm at https://x.accountcanceled.com/dl/7a2c.", false, SENT, READ)
                        + smsMessage(2, 1, "ok", true, SENT.plusSeconds(60), null)
                        + smsMessage(3, 0, "Your code is 482913", false, SENT.plusSeconds(120), null)),
                PEGASUS);

        assertThat(result.records()).hasSize(3);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new SmsMessage(1, guid(1), SENT, READ, "received", "SMS",
                "p:+15550100", 1L, "+15550142", "Confirm at https://x.accountcanceled.com/dl/7a2c.",
                List.of("https://x.accountcanceled.com/dl/7a2c")));
        assertThat(result.records().get(1).direction()).isEqualTo("sent");
        assertThat(result.records().get(2).handleId()).isZero();
        assertThat(result.records().get(2).phoneNumber()).isNull();
    }

    @Test
    void raisesACriticalAlertForALinkToAnIndicatorDomain() throws Exception {
        ModuleRun.Result<SmsMessage> result = run(BackupBuilder.in(dir).smsDb(BackupBuilder.SMS_IOS14,
                smsHandle(1, "+15550142")
                        + smsMessage(1, 1, "Confirm at https://x.accountcanceled.com/dl/7a2c", false, SENT, READ)
                        + smsMessage(2, 1, "Photos at www.example.com/album", false, SENT, null)), PEGASUS);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.module()).isEqualTo("sms");
            assertThat(alert.eventTime()).isEqualTo(SENT);
            assertThat(alert.message()).contains("https://x.accountcanceled.com/dl/7a2c")
                    .contains("\"accountcanceled.com\"").contains("\"Pegasus\"").contains("from +15550142");
            assertThat(alert.matches()).singleElement()
                    .satisfies(match -> assertThat(match.indicator().value()).isEqualTo("accountcanceled.com"));
            assertThat(alert.record()).isEqualTo(result.records().get(0));
        });
        assertThat(result.urls()).containsExactly(
                new UrlRecord("https://x.accountcanceled.com/dl/7a2c", SENT, "sms"),
                new UrlRecord("www.example.com/album", SENT, "sms"));
    }

    @Test
    void aMessageEndingInAnEllipsisAfterWwwStopsNothing() throws Exception {
        // "www..." once threw out of the link extractor, which ended the module at that message: every later message,
        // the spyware link below included, went unread.
        ModuleRun.Result<SmsMessage> result = run(BackupBuilder.in(dir).smsDb(BackupBuilder.SMS_IOS14,
                smsHandle(1, "+15550142")
                        + smsMessage(1, 1, "the address starts with www...", false, SENT, null)
                        + smsMessage(2, 1, "Confirm at https://x.accountcanceled.com/dl/7a2c", false, SENT, null)),
                PEGASUS);

        assertThat(result.records()).hasSize(2);
        assertThat(result.alerts()).singleElement()
                .satisfies(alert -> assertThat(alert.message()).contains("accountcanceled.com"));
    }

    @Test
    void flagsApplesThreatNotificationsAsAHighHeuristic() throws Exception {
        ModuleRun.Result<SmsMessage> result = run(BackupBuilder.in(dir).smsDb(BackupBuilder.SMS_IOS14,
                smsHandle(1, "+15550199")
                        + smsMessage(1, 1, "ALERT: Apple detected a targeted mercenary spyware attack against your "
                        + "iPhone.\nMore at apple.com", false, SENT, null)
                        + smsMessage(2, 1, "ALERT: State-sponsored attackers may be targeting your iPhone", false,
                        SENT, null)
                        + smsMessage(3, 1, "Re: ALERT: State-sponsored attackers may be targeting your iPhone",
                        false, SENT, null)), TestIndicators.none());

        assertThat(result.alerts()).hasSize(2).allSatisfy(alert -> {
            assertThat(alert.level()).isEqualTo(Level.HIGH);
            assertThat(alert.heuristic()).isEqualTo(SmsChecker.APPLE_THREAT_NOTIFICATION);
            assertThat(alert.matches()).isEmpty();
        });
        assertThat(result.alerts().get(0).message()).contains("Apple detected a targeted mercenary spyware attack")
                .doesNotContain("More at");
    }

    @Test
    void putsReceivedSentAndReadEventsOnTheTimeline() throws Exception {
        ModuleRun.Result<SmsMessage> result = run(BackupBuilder.in(dir).smsDb(BackupBuilder.SMS_IOS14,
                smsHandle(1, "+15550142") + smsMessage(1, 1, "hello", false, SENT, READ)
                        + smsMessage(2, 1, "bye", true, READ, null)), TestIndicators.none());

        assertThat(result.events()).extracting(TimelineEvent::event)
                .containsExactly("sms_received", "sms_read", "sms_sent");
        assertThat(result.events().get(0)).isEqualTo(new TimelineEvent(SENT, "sms", "sms_received",
                "SMS: " + guid(1) + " \"hello\" from +15550142 (p:+15550100)"));
    }

    @Test
    void readsAnOlderSchemaWithoutTheOptionalColumns() throws Exception {
        ModuleRun.Result<SmsMessage> result = run(BackupBuilder.in(dir).smsDb(BackupBuilder.SMS_MINIMAL,
                "INSERT INTO handle (ROWID, id) VALUES (1, '+15550100');"
                        + "INSERT INTO message (ROWID, guid, text, handle_id, date) VALUES (1, 'g1', 'hi', 1, "
                        + "583000000);"), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new SmsMessage(1, "g1",
                Instant.ofEpochSecond(978_307_200L + 583_000_000L), null, "received", null, null, 1L, "+15550100",
                "hi", List.of()));
    }

    @Test
    void seesMessagesThatAreOnlyInTheWal() throws Exception {
        ModuleRun.Result<SmsMessage> result = run(BackupBuilder.in(dir).smsDbWithWal(
                smsHandle(1, "+15550142") + smsMessage(1, 1, "in the database", false, SENT, null),
                smsMessage(2, 1, "only in the WAL", false, READ, null)), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).extracting(SmsMessage::text).containsExactly("in the database",
                "only in the WAL");
    }

    @Test
    void warnsInsteadOfFailingOnAZeroByteDatabase() throws Exception {
        ModuleRun.Result<SmsMessage> result = run(BackupBuilder.in(dir)
                .file("HomeDomain", "Library/SMS/sms.db", new byte[0]), TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.location()).isEqualTo(SmsModule.PATH);
            assertThat(warning.message()).contains("empty (0 bytes)");
        });
    }

    @Test
    void warnsInsteadOfFailingOnAFileThatIsNotADatabase() throws Exception {
        ModuleRun.Result<SmsMessage> result = run(BackupBuilder.in(dir)
                .file("HomeDomain", "Library/SMS/sms.db", "garbage, not SQLite".repeat(300).getBytes()),
                TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("not a readable SQLite database"));
    }

    @Test
    void warnsWhenTheDatabaseIsListedButMissing() throws Exception {
        ModuleRun.Result<SmsMessage> result = run(BackupBuilder.in(dir)
                .missingFile("HomeDomain", "Library/SMS/sms.db"), TestIndicators.none());

        assertThat(result.warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("content is missing"));
    }

    @Test
    void namesTheRecipientOfASentMessageWithABadLink() throws Exception {
        ModuleRun.Result<SmsMessage> result = run(BackupBuilder.in(dir).smsDb(BackupBuilder.SMS_IOS14,
                smsHandle(1, "+1") + smsMessage(1, 1, "http://accountcanceled.com", true, SENT, null)), PEGASUS);
        Alert alert = result.alerts().get(0);
        assertThat(alert.message()).contains("in an SMS sent to +1:");
    }

    private static ModuleRun.Result<SmsMessage> run(BackupBuilder builder, Indicators indicators)
            throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new SmsModule(), source, indicators);
        }
    }
}
