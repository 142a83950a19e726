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
 * Reads browser.db's {@code favicons} joined through {@code favicon_sites} to the {@code history} pages that showed
 * them, in icon order. The icon's size, type and date are read only when {@code favicons} has them.
 */
final class FirefoxFaviconParser extends SqliteParser<FirefoxFaviconRecord> {

    FirefoxFaviconParser() {
        super("Firefox browser.db", "favicons", "favicon_sites", "history");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<FirefoxFaviconRecord> context)
            throws SQLException {
        emitAll(database, query(database.columns("favicons")), FirefoxFaviconParser::record,
                file.devicePath() + ": favicons", context);
    }

    static String query(Set<String> iconColumns) {
        return "SELECT f.id AS icon_id, f.url AS url, " + FirefoxHistoryParser.column("f", "width", iconColumns)
                + ", " + FirefoxHistoryParser.column("f", "height", iconColumns) + ", "
                + FirefoxHistoryParser.column("f", "type", iconColumns) + ", "
                + FirefoxHistoryParser.column("f", "date", iconColumns) + ", h.id AS history_id, "
                + "h.url AS history_url FROM favicons f JOIN favicon_sites s ON s.faviconID = f.id "
                + "JOIN history h ON h.id = s.siteID ORDER BY f.id, s.id";
    }

    private static FirefoxFaviconRecord record(Rows rows) throws SQLException {
        return new FirefoxFaviconRecord(rows.getLong("icon_id"), rows.getString("url"), rows.getLong("width"),
                rows.getLong("height"), rows.getLong("type"), Times.fromUnixSeconds(rows.getNumber("date")),
                rows.getLong("history_id"), rows.getString("history_url"));
    }
}
