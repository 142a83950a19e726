package org.spyglass.ios.smsattachments;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;

/**
 * Reads {@code attachment} LEFT JOIN {@code message_attachment_join} LEFT JOIN {@code message} LEFT JOIN
 * {@code handle}, in attachment order. Each join is made only when its table and key columns exist, and each
 * attachment column is named only when present, so older sms.db files (no sticker columns, no join table) still read.
 */
final class SmsAttachmentsParser extends SqliteParser<SmsAttachment> {
    private static final List<String> COLUMNS = List.of("guid", "created_date", "start_date", "filename", "uti",
            "mime_type", "transfer_name", "total_bytes", "transfer_state", "is_outgoing", "is_sticker",
            "hide_attachment", "original_guid", "user_info", "sticker_user_info", "attribution_info");

    SmsAttachmentsParser() {
        super("sms.db", "attachment");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<SmsAttachment> context)
            throws SQLException {
        emitAll(database, query(database.columns("attachment"), database.columns("message_attachment_join"),
                database.columns("message"), database.columns("handle")), SmsAttachmentsParser::attachment,
                file.devicePath() + ": attachment", context);
    }

    static String query(Set<String> attachment, Set<String> join, Set<String> message, Set<String> handle) {
        boolean joined = join.contains("attachment_id") && join.contains("message_id");
        boolean withMessage = joined && !message.isEmpty();
        boolean withHandle = withMessage && message.contains("handle_id") && handle.contains("id");
        StringBuilder sql = new StringBuilder("SELECT a.ROWID AS attachment_id");
        for (String column : COLUMNS) {
            sql.append(", ").append(attachment.contains(column) ? "a." + column : "NULL").append(" AS ").append(column);
        }
        sql.append(joined ? ", j.message_id AS message_id" : ", NULL AS message_id");
        sql.append(withMessage && message.contains("service") ? ", m.service AS service" : ", NULL AS service");
        sql.append(withHandle ? ", h.id AS phone_number" : ", NULL AS phone_number");
        sql.append(" FROM attachment a");
        if (joined) {
            sql.append(" LEFT JOIN message_attachment_join j ON j.attachment_id = a.ROWID");
        }
        if (withMessage) {
            sql.append(" LEFT JOIN message m ON m.ROWID = j.message_id");
        }
        if (withHandle) {
            sql.append(" LEFT JOIN handle h ON h.ROWID = m.handle_id");
        }
        return sql.append(joined ? " ORDER BY a.ROWID, j.message_id" : " ORDER BY a.ROWID").toString();
    }

    private static SmsAttachment attachment(Rows rows) throws SQLException {
        Long outgoing = rows.getLong("is_outgoing");
        byte[] userInfo = rows.getBytes("user_info");
        return new SmsAttachment(rows.getLong("attachment_id"), rows.getString("guid"), time(rows, "created_date"),
                time(rows, "start_date"), rows.getString("filename"), rows.getString("uti"),
                rows.getString("mime_type"), rows.getString("transfer_name"), rows.getLong("total_bytes"),
                rows.getLong("transfer_state"),
                outgoing != null && outgoing == 1 ? SmsAttachment.SENT : SmsAttachment.RECEIVED,
                flag(rows, "is_sticker"), flag(rows, "hide_attachment"), rows.getString("original_guid"),
                base64(userInfo), base64(rows.getBytes("sticker_user_info")),
                base64(rows.getBytes("attribution_info")), userInfo != null, rows.getLong("message_id"),
                rows.getString("service"), rows.getString("phone_number"));
    }

    private static Instant time(Rows rows, String label) throws SQLException {
        return Times.fromApple(rows.getNumber(label));
    }

    private static Boolean flag(Rows rows, String label) throws SQLException {
        Long value = rows.getLong(label);
        return value == null ? null : value != 0;
    }

    private static String base64(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }
}
