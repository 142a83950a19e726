package org.spyglass.ios.firefox;

import java.sql.SQLException;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;

/**
 * Reads browser.db's {@code visits} joined to {@code history} on {@code siteID}, in visit order. The columns beyond
 * the join keys are read only when the tables have them; the others read as NULL.
 */
final class FirefoxHistoryParser extends SqliteParser<FirefoxHistoryRecord> {

    FirefoxHistoryParser() {
        super("Firefox browser.db", "visits", "history");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<FirefoxHistoryRecord> context)
            throws SQLException {
        Set<String> visits = database.columns("visits");
        if (!visits.contains("siteID")) {
            context.absent(file.devicePath(), "Firefox browser.db has visits without a siteID column, so they "
                    + "cannot be tied to pages and nothing was read from them");
            return;
        }
        emitAll(database, query(visits, database.columns("history")), FirefoxHistoryParser::record,
                file.devicePath() + ": visits", context);
    }

    static String query(Set<String> visitColumns, Set<String> historyColumns) {
        return "SELECT v.id AS visit_id, " + column("v", "date", visitColumns) + ", "
                + column("h", "url", historyColumns) + ", " + column("h", "title", historyColumns) + ", "
                + column("v", "is_local", visitColumns) + ", " + column("v", "type", visitColumns)
                + " FROM visits v JOIN history h ON h.id = v.siteID ORDER BY v.id";
    }

    static String column(String alias, String name, Set<String> columns) {
        return (columns.contains(name) ? alias + "." + name : "NULL") + " AS " + name;
    }

    private static FirefoxHistoryRecord record(Rows rows) throws SQLException {
        Long local = rows.getLong("is_local");
        return new FirefoxHistoryRecord(rows.getLong("visit_id"), Times.fromUnixMicros(rows.getNumber("date")),
                rows.getString("url"), rows.getString("title"), local == null ? null : local != 0,
                rows.getLong("type"));
    }
}
