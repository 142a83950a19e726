package org.spyglass.ios.sms;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.text.LinkExtractor;
import org.spyglass.core.time.Times;

/**
 * Reads sms.db's {@code message} table, joined to {@code handle} with a LEFT JOIN so that messages without a handle
 * are kept. The query names only the columns this database has; the others read as NULL.
 */
final class SmsParser extends SqliteParser<SmsMessage> {
    private static final List<String> OPTIONAL = List.of("guid", "text", "service", "account", "date", "date_read",
            "is_from_me", "handle_id");

    SmsParser() {
        super("sms.db", "message");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<SmsMessage> context)
            throws SQLException {
        emitAll(database, query(database.columns("message"), database.columns("handle")), SmsParser::message,
                file.devicePath() + ": message", context);
    }

    static String query(Set<String> messageColumns, Set<String> handleColumns) {
        StringBuilder sql = new StringBuilder("SELECT message.ROWID AS message_rowid");
        for (String column : OPTIONAL) {
            sql.append(", ").append(messageColumns.contains(column) ? "message." + column : "NULL")
                    .append(" AS ").append(column);
        }
        boolean join = messageColumns.contains("handle_id") && handleColumns.contains("id");
        sql.append(join ? ", handle.id AS phone_number FROM message LEFT JOIN handle ON handle.ROWID = "
                + "message.handle_id" : ", NULL AS phone_number FROM message");
        return sql.append(" ORDER BY message.ROWID").toString();
    }

    private static SmsMessage message(Rows rows) throws SQLException {
        String text = rows.getString("text");
        Long fromMe = rows.getLong("is_from_me");
        return new SmsMessage(rows.getLong("message_rowid"), rows.getString("guid"),
                Times.fromApple(rows.getNumber("date")), Times.fromApple(rows.getNumber("date_read")),
                fromMe != null && fromMe == 1 ? SmsMessage.SENT : SmsMessage.RECEIVED,
                rows.getString("service"), rows.getString("account"), rows.getLong("handle_id"),
                rows.getString("phone_number"), text, LinkExtractor.extract(text));
    }
}
