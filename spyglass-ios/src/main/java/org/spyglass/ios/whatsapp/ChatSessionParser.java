package org.spyglass.ios.whatsapp;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;

/**
 * Reads ChatStorage.sqlite's chats in {@code Z_PK} order. SQLite computes the first and last message dates and the
 * count of each chat in one grouped pass over {@code ZWAMESSAGE} (one row per chat, never per message); the group's
 * creation date comes from {@code ZWAGROUPINFO}; a LID contact is looked up in the LID table (see
 * {@link LidDirectory}).
 */
final class ChatSessionParser extends SqliteParser<WhatsappChatSession> {
    private static final List<String> SESSION = List.of("ZCONTACTJID", "ZPARTNERNAME", "ZSESSIONTYPE", "ZARCHIVED",
            "ZREMOVED", "ZMESSAGECOUNTER", "ZLASTMESSAGEDATE");

    ChatSessionParser() {
        super("ChatStorage.sqlite", "ZWACHATSESSION");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<WhatsappChatSession> context)
            throws SQLException {
        String sql = query(database.columns("ZWACHATSESSION"), database.columns("ZWAGROUPINFO"),
                database.columns("ZWAMESSAGE"));
        try (LidDirectory lids = LidDirectory.open(database, file, context)) {
            emitAll(database, sql, rows -> session(rows, lids), file.devicePath() + ": ZWACHATSESSION", context);
        }
    }

    static String query(Set<String> session, Set<String> groupInfo, Set<String> message) {
        StringBuilder sql = new StringBuilder("SELECT s.Z_PK AS session_pk");
        for (String column : SESSION) {
            sql.append(", ").append(session.contains(column) ? "s." + column : "NULL").append(" AS ").append(column);
        }
        boolean group = session.contains("ZGROUPINFO") && groupInfo.contains("ZCREATIONDATE");
        boolean stored = message.contains("ZCHATSESSION") && message.contains("ZMESSAGEDATE");
        sql.append(group ? ", g.ZCREATIONDATE" : ", NULL").append(" AS group_creation_date");
        sql.append(stored ? ", st.first_date, st.last_date, st.stored" : ", NULL AS first_date, NULL AS last_date, "
                + "0 AS stored");
        sql.append(" FROM ZWACHATSESSION s");
        if (group) {
            sql.append(" LEFT JOIN ZWAGROUPINFO g ON g.Z_PK = s.ZGROUPINFO");
        }
        if (stored) {
            sql.append(" LEFT JOIN (SELECT ZCHATSESSION, min(ZMESSAGEDATE) AS first_date, max(ZMESSAGEDATE) AS ")
                    .append("last_date, count(*) AS stored FROM ZWAMESSAGE GROUP BY ZCHATSESSION) st")
                    .append(" ON st.ZCHATSESSION = s.Z_PK");
        }
        return sql.append(" ORDER BY s.Z_PK").toString();
    }

    private static WhatsappChatSession session(Rows rows, LidDirectory lids) throws SQLException {
        String jid = rows.getString("ZCONTACTJID");
        Long stored = rows.getLong("stored");
        return new WhatsappChatSession(rows.getLong("session_pk"), jid, rows.getString("ZPARTNERNAME"),
                rows.getLong("ZSESSIONTYPE"), flag(rows.getLong("ZARCHIVED")), flag(rows.getLong("ZREMOVED")),
                rows.getLong("ZMESSAGECOUNTER"), Times.fromApple(rows.getNumber("ZLASTMESSAGEDATE")),
                Times.fromApple(rows.getNumber("group_creation_date")),
                Times.fromApple(rows.getNumber("first_date")), Times.fromApple(rows.getNumber("last_date")),
                stored == null ? 0 : stored, lids.phoneNumber(jid));
    }

    private static Boolean flag(Long value) {
        return value == null ? null : value != 0;
    }
}
