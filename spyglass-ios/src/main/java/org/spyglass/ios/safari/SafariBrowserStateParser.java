package org.spyglass.ios.safari;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;

/**
 * Reads the tabs of a BrowserState.db with their session data: since iOS 12 it sits in {@code tab_sessions}, joined
 * on the tab's uuid (a LEFT JOIN, so tabs without session data are kept); before, in a {@code session_data} column of
 * {@code tabs}. Columns the database lacks read as NULL. Session blobs that cannot be decoded are counted and reported
 * in one warning per database; their tabs are still emitted.
 */
final class SafariBrowserStateParser extends SqliteParser<SafariTab> {
    private static final List<String> TAB_COLUMNS = List.of("title", "url", "user_visible_url", "last_viewed_time");

    SafariBrowserStateParser() {
        super("BrowserState.db", "tabs");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<SafariTab> context)
            throws SQLException {
        String db = file.devicePath();
        int[] unreadable = new int[1];
        String[] firstError = new String[1];
        emitAll(database, query(database.columns("tabs"), database.columns("tab_sessions")), rows -> {
            List<SessionEntry> entries;
            try {
                entries = SessionData.entries(rows.getBytes("session_data"));
            } catch (PlistException e) {
                entries = List.of();
                if (unreadable[0]++ == 0) {
                    firstError[0] = e.getMessage();
                }
            }
            return tab(rows, entries, db);
        }, db + ": tabs", context);
        if (unreadable[0] > 0) {
            context.warn(db + ": session_data", unreadable[0] + " tab session blob(s) could not be decoded, so "
                    + "their back-forward lists were not read (first: " + firstError[0] + ")");
        }
    }

    static String query(Set<String> tabColumns, Set<String> sessionColumns) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String column : TAB_COLUMNS) {
            sql.append(tabColumns.contains(column) ? "tabs." + column : "NULL").append(" AS ").append(column)
                    .append(", ");
        }
        boolean joined = tabColumns.contains("uuid") && sessionColumns.contains("tab_uuid")
                && sessionColumns.contains("session_data");
        if (joined) {
            sql.append("tab_sessions.session_data AS session_data FROM tabs LEFT JOIN tab_sessions ON ")
                    .append("tab_sessions.tab_uuid = tabs.uuid");
        } else {
            sql.append(tabColumns.contains("session_data") ? "tabs.session_data" : "NULL")
                    .append(" AS session_data FROM tabs");
        }
        sql.append(" ORDER BY ");
        if (tabColumns.contains("last_viewed_time")) {
            sql.append("tabs.last_viewed_time, ");
        }
        return sql.append("tabs.ROWID").toString();
    }

    private static SafariTab tab(Rows rows, List<SessionEntry> entries, String db) throws SQLException {
        return new SafariTab(rows.getString("title"), rows.getString("url"), rows.getString("user_visible_url"),
                SafariTimes.fromApple(rows.getNumber("last_viewed_time")), entries, db);
    }
}
