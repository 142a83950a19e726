package org.spyglass.ios.smsattachments;

import static org.spyglass.ios.testing.BackupBuilder.smsHandle;
import static org.spyglass.ios.testing.BackupBuilder.smsMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spyglass.core.Level;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * A realistic sms.db (iOS 14) with attachments for whole-backup tests: three ordinary attachments and one received
 * attachment stored as {@value #PLANTED_FILENAME}, under {@code /private/var/tmp/l/}, a working folder of
 * Intellexa's Predator (in the bundled {@code predator.stix2}), with the {@code -1} ending of Pegasus
 * zero-click attachments.
 *
 * <p>This writes the whole sms.db. A whole-backup test that also plants SMS messages must write one sms.db: use
 * {@link #attachmentSql()} on top of its own message and handle rows (it refers to messages 101 to 104).
 */
public final class SmsAttachmentsFixtures {
    public static final String DOMAIN = "HomeDomain";
    public static final String RELATIVE_PATH = "Library/SMS/sms.db";
    public static final String SCHEMA = "attachment-ios14.sql";
    public static final String PLANTED_FILENAME = "/var/tmp/l/5C8E1A7F.gif-1";
    public static final Instant PLANTED_TIME = Instant.parse("2021-07-01T03:12:44Z");
    /** Records the module emits for this artifact. */
    public static final int RECORDS = 4;
    /** The alerts the planted attachment raises with the bundled feeds, in order: the path, then the heuristic. */
    public static final List<Level> ALERT_LEVELS = List.of(Level.HIGH, Level.MEDIUM);

    private SmsAttachmentsFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        Instant day = Instant.parse("2021-06-29T18:00:00Z");
        return builder.database(DOMAIN, RELATIVE_PATH, BackupBuilder.schema(BackupBuilder.SMS_IOS14)
                + smsHandle(101, "+15550142") + smsHandle(102, "+15550199")
                + smsMessage(101, 101, null, false, day, day.plusSeconds(30))
                + smsMessage(102, 101, null, true, day.plusSeconds(120), null)
                + smsMessage(103, 101, "look", false, day.plusSeconds(600), day.plusSeconds(660))
                + smsMessage(104, 102, null, false, PLANTED_TIME, null)
                + attachmentSql());
    }

    /** The attachment tables with four attachments joined to messages 101 to 104. */
    public static String attachmentSql() {
        Instant day = Instant.parse("2021-06-29T18:00:00Z");
        return schema(SCHEMA)
                + attachment(1, day, "~/Library/SMS/Attachments/4a/10/" + guid(1) + "/IMG_0412.HEIC", "public.heic",
                "image/heic", "IMG_0412.HEIC", 1_843_201, false, false) + join(101, 1)
                + attachment(2, day.plusSeconds(120), "~/Library/SMS/Attachments/7e/14/" + guid(2)
                + "/Recording.m4a", "com.apple.m4a-audio", "audio/x-m4a", "Recording.m4a", 88_412, true, false)
                + join(102, 2)
                + attachment(3, day.plusSeconds(600), "~/Library/SMS/StickerCache/" + guid(3) + "/sticker.png",
                "public.png", "image/png", "sticker.png", 20_480, false, true) + join(103, 3)
                + attachment(4, PLANTED_TIME, PLANTED_FILENAME, "com.compuserve.gif", "image/gif", "5C8E1A7F.gif",
                748, false, false) + join(104, 4);
    }

    /** An {@code attachment} row of the iOS 14 schema (dates in Apple seconds). */
    public static String attachment(long rowId, Instant created, String filename, String uti, String mimeType,
                                    String transferName, long totalBytes, boolean outgoing, boolean sticker) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ROWID", rowId);
        values.put("guid", guid(rowId));
        values.put("created_date", (long) SqlScript.appleSeconds(created));
        values.put("start_date", (long) SqlScript.appleSeconds(created));
        values.put("filename", filename);
        values.put("uti", uti);
        values.put("mime_type", mimeType);
        values.put("transfer_state", 5);
        values.put("is_outgoing", outgoing ? 1 : 0);
        values.put("transfer_name", transferName);
        values.put("total_bytes", totalBytes);
        values.put("is_sticker", sticker ? 1 : 0);
        values.put("hide_attachment", 0);
        values.put("original_guid", guid(rowId));
        return SqlScript.insert("attachment", values);
    }

    public static String join(long messageId, long attachmentId) {
        return SqlScript.insert("message_attachment_join", Map.of("message_id", messageId, "attachment_id",
                attachmentId));
    }

    public static String guid(long rowId) {
        return String.format(Locale.ROOT, "at_0_7D1C9E3A-0000-4000-8000-%012d", rowId);
    }

    static String schema(String name) {
        try {
            return SqlScript.resource(SmsAttachmentsFixtures.class, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
