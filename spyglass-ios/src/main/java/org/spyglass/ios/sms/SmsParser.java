package org.spyglass.ios.sms;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.UnreadableDatabaseException;
import org.spyglass.core.time.Times;

/**
 * Reads sms.db's {@code message} table, joined to {@code handle} with a LEFT JOIN so that messages without a handle
 * are kept. The query names only the columns this database has; the others read as NULL.
 */
final class SmsParser implements Parser<SmsMessage> {
    private static final List<String> OPTIONAL = List.of("guid", "text", "service", "account", "date", "date_read",
            "is_from_me", "handle_id");

    @Override
    public void parse(ParseContext<SmsMessage> context) throws IOException {
        for (EvidenceFile file : context.files()) {
            parse(file, context);
        }
    }

    private void parse(EvidenceFile file, ParseContext<SmsMessage> context) throws IOException {
        String location = file.devicePath();
        Path copy;
        try {
            copy = context.source().sqliteCopy(file);
        } catch (java.io.FileNotFoundException e) {
            context.warn(location, e.getMessage());
            return;
        }
        try (EvidenceDatabase database = EvidenceDatabase.open(copy)) {
            if (!database.hasTable("message")) {
                context.warn(location, "sms.db has no message table, so no message was read");
                return;
            }
            read(database, location, context);
        } catch (UnreadableDatabaseException e) {
            context.warn(location, e.getMessage());
        } catch (SQLException e) {
            context.warn(location + ": message", "sms.db could not be read: " + e.getMessage());
        }
    }

    private void read(EvidenceDatabase database, String location, ParseContext<SmsMessage> context)
            throws SQLException {
        String sql = query(database.columns("message"), database.columns("handle"));
        long count = 0;
        try (Rows rows = database.query(sql)) {
            while (!context.cancelled() && rows.next()) {
                context.emit(message(rows));
                count++;
            }
        } catch (SQLException e) {
            context.warn(location + ": message", "reading stopped after " + count + " messages: " + e.getMessage());
        }
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
