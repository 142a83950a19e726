package org.spyglass.ios.smsattachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.smsattachments.SmsAttachmentsFixtures.attachment;
import static org.spyglass.ios.smsattachments.SmsAttachmentsFixtures.guid;
import static org.spyglass.ios.smsattachments.SmsAttachmentsFixtures.join;
import static org.spyglass.ios.testing.BackupBuilder.smsHandle;
import static org.spyglass.ios.testing.BackupBuilder.smsMessage;

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

class SmsAttachmentsModuleTest {
    private static final Instant T1 = Instant.parse("2021-06-29T18:00:00Z");
    private static final Instant T2 = Instant.parse("2021-06-29T18:05:00Z");
    private static final Indicators INDICATORS = TestIndicators.of()
            .add(IndicatorType.FILE_PATH, "/private/var/tmp/l/", "Predator")
            .add(IndicatorType.FILE_NAME, "roleaccountd.plist", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsEveryAttachmentWithItsMessageAndHandle() throws Exception {
        ModuleRun.Result<SmsAttachment> result = run(smsDb(
                smsHandle(1, "+15550142") + smsMessage(1, 1, null, false, T1, null)
                        + smsMessage(2, 1, null, true, T2, null)
                        + attachment(1, T1, "~/Library/SMS/Attachments/a/IMG_1.HEIC", "public.heic", "image/heic",
                        "IMG_1.HEIC", 1000, false, false) + join(1, 1)
                        + attachment(2, T2, "~/Library/SMS/Attachments/b/a.m4a", "com.apple.m4a-audio",
                        "audio/x-m4a", "a.m4a", 500, true, false) + join(2, 2)
                        + "INSERT INTO attachment (ROWID, guid, original_guid, user_info, transfer_name) "
                        + "VALUES (3, 'g3', 'g3', X'62706c6973743030', 'orphan');"), TestIndicators.none());

        assertThat(result.records()).hasSize(3);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new SmsAttachment(1, guid(1), T1, T1,
                "~/Library/SMS/Attachments/a/IMG_1.HEIC", "public.heic", "image/heic", "IMG_1.HEIC", 1000L, 5L,
                "received", false, false, guid(1), null, null, null, false, 1L, "SMS", "+15550142"));
        assertThat(result.records().get(1).direction()).isEqualTo("sent");
        SmsAttachment orphan = result.records().get(2);
        assertThat(orphan.filename()).isNull();
        assertThat(orphan.messageId()).isNull();
        assertThat(orphan.phoneNumber()).isNull();
        assertThat(orphan.userInfo()).isEqualTo("YnBsaXN0MDA=");
        assertThat(orphan.hasUserInfo()).isTrue();
    }

    @Test
    void raisesAHighAlertForAnIndicatorPathOrFileNameOnly() throws Exception {
        ModuleRun.Result<SmsAttachment> result = run(smsDb(smsHandle(1, "+15550199")
                + smsMessage(1, 1, null, true, T1, null) + smsMessage(2, 1, null, true, T2, null)
                + smsMessage(3, 1, null, true, T2, null)
                + attachment(1, T1, "/var/tmp/l/x.gif", "com.compuserve.gif", "image/gif", "x.gif", 9, true, false)
                + join(1, 1)
                + attachment(2, T2, "~/Library/SMS/Attachments/c/roleaccountd.plist", "com.apple.property-list",
                "application/x-plist", "roleaccountd.plist", 9, true, false) + join(2, 2)
                + attachment(3, T2, "/var/tmp/lx/y.gif", "com.compuserve.gif", "image/gif", "y.gif", 9, true, false)
                + join(3, 3)), INDICATORS);

        assertThat(result.alerts()).hasSize(2).allSatisfy(alert -> {
            assertThat(alert.level()).isEqualTo(Level.HIGH);
            assertThat(alert.module()).isEqualTo("sms_attachments");
            assertThat(alert.heuristic()).isNull();
        });
        assertThat(result.alerts().get(0).message()).contains("/var/tmp/l/x.gif").contains("\"Predator\"")
                .contains("sent to +15550199");
        assertThat(result.alerts().get(0).eventTime()).isEqualTo(T1);
        assertThat(result.alerts().get(1).message()).contains("\"roleaccountd.plist\"").contains("\"Pegasus\"");
    }

    @ParameterizedTest
    @CsvSource({
            "/var/tmp/com.apple.messages/5C8E.gif-1, false, true",
            "/private/var/tmp/5C8E.gif-1, false, true",
            "/var/tmp/5C8E.gif-1, true, false",
            "/var/tmp/5C8E.gif, false, false",
            "~/Library/SMS/Attachments/a/5C8E.gif-1, false, false",
    })
    void flagsReceivedTemporaryAttachmentsEndingInMinusOne(String filename, boolean outgoing, boolean flagged)
            throws Exception {
        ModuleRun.Result<SmsAttachment> result = run(smsDb(smsHandle(1, "+15550199")
                + smsMessage(1, 1, null, outgoing, T1, null)
                + attachment(1, T1, filename, "com.compuserve.gif", "image/gif", "5C8E.gif", 748, outgoing, false)
                + join(1, 1)), TestIndicators.none());

        if (flagged) {
            assertThat(result.alerts()).singleElement().satisfies(alert -> {
                assertThat(alert.level()).isEqualTo(Level.MEDIUM);
                assertThat(alert.heuristic()).isEqualTo(SmsAttachmentsChecker.TMP_RECEIVED);
                assertThat(alert.heuristic().explanation()).contains("Pegasus").contains("not proof");
                assertThat(alert.message()).isEqualTo("Suspicious iMessage attachment " + filename
                        + " received from +15550199");
                assertThat(alert.eventTime()).isEqualTo(T1);
            });
        } else {
            assertThat(result.alerts()).isEmpty();
        }
    }

    @Test
    void putsEachAttachmentOnTheTimeline() throws Exception {
        ModuleRun.Result<SmsAttachment> result = run(smsDb(smsHandle(1, "+15550142")
                + smsMessage(1, 1, null, false, T1, null)
                + attachment(1, T1, "~/Library/SMS/Attachments/a/IMG_1.HEIC", "public.heic", "image/heic",
                "IMG_1.HEIC", 1000, false, true) + join(1, 1)), TestIndicators.none());

        assertThat(result.events()).containsExactly(new TimelineEvent(T1, "sms_attachments", "sms_attachment",
                "SMS: Attachment 'IMG_1.HEIC' received from +15550142 with 1000 bytes (is_sticker: true, "
                        + "has_user_info: false)"));
    }

    @Test
    void readsAnOlderSchemaWithoutStickerColumns() throws Exception {
        ModuleRun.Result<SmsAttachment> result = run(BackupBuilder.in(dir).database(SmsAttachmentsFixtures.DOMAIN,
                SmsAttachmentsFixtures.RELATIVE_PATH, BackupBuilder.schema(BackupBuilder.SMS_IOS14)
                        + SmsAttachmentsFixtures.schema("attachment-ios9.sql")
                        + "INSERT INTO attachment (ROWID, guid, created_date, filename, is_outgoing, transfer_name) "
                        + "VALUES (1, 'g1', 646000000, '/var/tmp/a.jpg-1', 0, 'a.jpg');"), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).singleElement().satisfies(attachment -> {
            assertThat(attachment.isodate()).isEqualTo(Instant.ofEpochSecond(978_307_200L + 646_000_000L));
            assertThat(attachment.isSticker()).isNull();
            assertThat(attachment.direction()).isEqualTo("received");
        });
        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.MEDIUM);
    }

    @Test
    void notesAbsenceWhenThereIsNoAttachmentTable() throws Exception {
        ModuleRun.Result<SmsAttachment> result = run(BackupBuilder.in(dir).smsDb(BackupBuilder.SMS_IOS14, ""),
                TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("no attachment table"));
    }

    @Test
    void fixtureRaisesTheDocumentedAlerts() throws Exception {
        ModuleRun.Result<SmsAttachment> result = run(SmsAttachmentsFixtures.addTo(BackupBuilder.in(dir)),
                INDICATORS);

        assertThat(result.records()).hasSize(SmsAttachmentsFixtures.RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(SmsAttachmentsFixtures.ALERT_LEVELS);
        assertThat(result.alerts()).allSatisfy(alert -> assertThat(alert.eventTime())
                .isEqualTo(SmsAttachmentsFixtures.PLANTED_TIME));
    }

    private BackupBuilder smsDb(String rows) {
        return BackupBuilder.in(dir).database(SmsAttachmentsFixtures.DOMAIN, SmsAttachmentsFixtures.RELATIVE_PATH,
                BackupBuilder.schema(BackupBuilder.SMS_IOS14) + SmsAttachmentsFixtures.schema(
                        SmsAttachmentsFixtures.SCHEMA) + rows);
    }

    private static ModuleRun.Result<SmsAttachment> run(BackupBuilder builder, Indicators indicators)
            throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new SmsAttachmentsModule(), source, indicators);
        }
    }
}
