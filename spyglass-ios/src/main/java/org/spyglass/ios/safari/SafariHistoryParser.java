package org.spyglass.ios.safari;

import java.sql.SQLException;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;

/**
 * Reads every visit of a History.db with its item and, through a self-join of {@code history_visits}, the URL and
 * time of the visit it redirected to. The database does the lookup, row by row, so nothing is kept in memory however
 * many visits there are, and a redirect is only ever resolved inside the database that recorded it (visit ids are
 * per database: each Safari profile numbers its own). Databases without the redirect columns (old iOS versions) are
 * read without them.
 */
final class SafariHistoryParser extends SqliteParser<SafariVisit> {

    SafariHistoryParser() {
        super("History.db", "history_items", "history_visits");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<SafariVisit> context)
            throws SQLException {
        String db = file.devicePath();
        emitAll(database, query(database.columns("history_visits")), rows -> visit(rows, db),
                db + ": history_visits", context);
    }

    static String query(Set<String> visitColumns) {
        boolean source = visitColumns.contains("redirect_source");
        boolean destination = visitColumns.contains("redirect_destination");
        String time = visitColumns.contains("visit_time") ? "visit.visit_time" : "NULL";
        StringBuilder sql = new StringBuilder("SELECT item.id AS id, item.url AS url, visit.id AS visit_id, ")
                .append(time).append(" AS visit_time, ")
                .append(source ? "visit.redirect_source" : "NULL").append(" AS redirect_source, ");
        if (destination) {
            sql.append("visit.redirect_destination AS redirect_destination, target_item.url AS target_url, ")
                    .append(visitColumns.contains("visit_time") ? "target.visit_time" : "NULL")
                    .append(" AS target_time FROM history_visits AS visit ")
                    .append("JOIN history_items AS item ON item.id = visit.history_item ")
                    .append("LEFT JOIN history_visits AS target ON target.id = visit.redirect_destination ")
                    .append("LEFT JOIN history_items AS target_item ON target_item.id = target.history_item");
        } else {
            sql.append("NULL AS redirect_destination, NULL AS target_url, NULL AS target_time ")
                    .append("FROM history_visits AS visit JOIN history_items AS item ON item.id = visit.history_item");
        }
        return sql.append(" ORDER BY ").append(time).append(", visit.id").toString();
    }

    static SafariVisit visit(Rows rows, String db) throws SQLException {
        Number time = rows.getNumber("visit_time");
        return new SafariVisit(rows.getLong("id"), rows.getString("url"), rows.getLong("visit_id"),
                time == null ? null : time.doubleValue(), SafariTimes.fromApple(time), rows.getLong("redirect_source"),
                rows.getLong("redirect_destination"), rows.getString("target_url"),
                SafariTimes.fromApple(rows.getNumber("target_time")), db);
    }
}
