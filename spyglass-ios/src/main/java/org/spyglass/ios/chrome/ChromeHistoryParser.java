package org.spyglass.ios.chrome;

import java.sql.SQLException;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;

/**
 * Reads Chrome's History database: every row of {@code visits} joined to the {@code urls} row it points to, in
 * visit-time order as MVT does. {@code from_visit} is read only when the table has it; it reads as NULL otherwise.
 */
final class ChromeHistoryParser extends SqliteParser<ChromeHistoryRecord> {

    ChromeHistoryParser() {
        super("Chrome History", "urls", "visits");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<ChromeHistoryRecord> context)
            throws SQLException {
        emitAll(database, query(database.columns("visits")), ChromeHistoryParser::record,
                file.devicePath() + ": visits", context);
    }

    static String query(Set<String> visitColumns) {
        String fromVisit = visitColumns.contains("from_visit") ? "visits.from_visit" : "NULL";
        return "SELECT urls.id AS url_id, urls.url AS url, visits.id AS visit_id, visits.visit_time AS visit_time, "
                + fromVisit + " AS from_visit FROM urls JOIN visits ON visits.url = urls.id "
                + "ORDER BY visits.visit_time, visits.id";
    }

    private static ChromeHistoryRecord record(Rows rows) throws SQLException {
        Long time = rows.getLong("visit_time");
        return new ChromeHistoryRecord(rows.getLong("url_id"), rows.getString("url"), rows.getLong("visit_id"),
                time, Times.fromWebkit(time), rows.getLong("from_visit"));
    }
}
