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
 * Reads every message of ChatStorage.sqlite in {@code Z_PK} order, one record per message: its media item and its
 * first link preview are joined by key (a message with several previews stays one record, and the links of all its
 * previews are gathered by a sub-query). Only the columns this database has are named; the others read as NULL.
 */
final class WhatsappMessageParser extends SqliteParser<WhatsappMessage> {
    private static final List<String> MESSAGE = List.of("ZCHATSESSION", "ZMESSAGEDATE", "ZSENTDATE", "ZISFROMME",
            "ZFROMJID", "ZTOJID", "ZPUSHNAME", "ZSTANZAID", "ZMESSAGETYPE", "ZGROUPEVENTTYPE", "ZTEXT");
    private static final List<String> MEDIA = List.of("ZAUTHORNAME", "ZMEDIAURL", "ZMEDIALOCALPATH");
    private static final List<String> DATA = List.of("ZCONTENT1", "ZCONTENT2", "ZMATCHEDTEXT", "ZSUMMARY", "ZTITLE");
    private static final List<String> DATA_LINKS = List.of("ZMATCHEDTEXT", "ZCONTENT1", "ZCONTENT2");

    WhatsappMessageParser() {
        super("ChatStorage.sqlite", "ZWAMESSAGE");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<WhatsappMessage> context)
            throws SQLException {
        String sql = query(database.columns("ZWAMESSAGE"), database.columns("ZWAMEDIAITEM"),
                database.columns("ZWAMESSAGEDATAITEM"));
        emitAll(database, sql, WhatsappMessageParser::message, file.devicePath() + ": ZWAMESSAGE", context);
    }

    static String query(Set<String> message, Set<String> media, Set<String> data) {
        boolean joinMedia = media.contains("ZMESSAGE");
        boolean joinData = data.contains("ZMESSAGE");
        StringBuilder sql = new StringBuilder("SELECT m.Z_PK AS message_pk");
        select(sql, "m", MESSAGE, message);
        select(sql, "mi", MEDIA, joinMedia ? media : Set.of());
        select(sql, "d", DATA, joinData ? data : Set.of());
        List<String> linkColumns = DATA_LINKS.stream().filter(data::contains).toList();
        if (joinData && !linkColumns.isEmpty()) {
            String each = String.join(" || ' ' || ", linkColumns.stream().map(c -> "coalesce(x." + c + ", '')")
                    .toList());
            sql.append(", (SELECT group_concat(").append(each).append(", ' ') FROM ZWAMESSAGEDATAITEM x")
                    .append(" WHERE x.ZMESSAGE = m.Z_PK) AS preview_text");
        } else {
            sql.append(", NULL AS preview_text");
        }
        sql.append(" FROM ZWAMESSAGE m");
        if (joinMedia) {
            sql.append(" LEFT JOIN ZWAMEDIAITEM mi ON mi.Z_PK = (SELECT min(Z_PK) FROM ZWAMEDIAITEM")
                    .append(" WHERE ZMESSAGE = m.Z_PK)");
        }
        if (joinData) {
            sql.append(" LEFT JOIN ZWAMESSAGEDATAITEM d ON d.Z_PK = (SELECT min(Z_PK) FROM ZWAMESSAGEDATAITEM")
                    .append(" WHERE ZMESSAGE = m.Z_PK)");
        }
        return sql.append(" ORDER BY m.Z_PK").toString();
    }

    private static void select(StringBuilder sql, String alias, List<String> wanted, Set<String> present) {
        for (String column : wanted) {
            sql.append(", ").append(present.contains(column) ? alias + "." + column : "NULL").append(" AS ")
                    .append(alias).append('_').append(column);
        }
    }

    private static WhatsappMessage message(Rows rows) throws SQLException {
        String text = rows.getString("m_ZTEXT");
        String mediaUrl = rows.getString("mi_ZMEDIAURL");
        Long fromMe = rows.getLong("m_ZISFROMME");
        return new WhatsappMessage(rows.getLong("message_pk"), rows.getLong("m_ZCHATSESSION"),
                Times.fromApple(rows.getNumber("m_ZMESSAGEDATE")), Times.fromApple(rows.getNumber("m_ZSENTDATE")),
                fromMe == null ? null : fromMe == 1, rows.getString("m_ZFROMJID"), rows.getString("m_ZTOJID"),
                rows.getString("m_ZPUSHNAME"), rows.getString("m_ZSTANZAID"), rows.getLong("m_ZMESSAGETYPE"),
                rows.getLong("m_ZGROUPEVENTTYPE"), text, rows.getString("mi_ZAUTHORNAME"), mediaUrl,
                rows.getString("mi_ZMEDIALOCALPATH"), rows.getString("d_ZCONTENT1"), rows.getString("d_ZCONTENT2"),
                rows.getString("d_ZMATCHEDTEXT"), rows.getString("d_ZSUMMARY"), rows.getString("d_ZTITLE"),
                WhatsappLinks.of(text, rows.getString("preview_text"), mediaUrl));
    }
}
