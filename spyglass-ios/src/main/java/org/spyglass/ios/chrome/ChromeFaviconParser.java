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
 * Reads Chrome's Favicons database: {@code icon_mapping ⋈ favicon_bitmaps ⋈ favicons} in mapping order.
 * {@code favicon_bitmaps.last_requested} exists only from version 8 of the database; without it the time is
 * {@code last_updated} alone.
 */
final class ChromeFaviconParser extends SqliteParser<ChromeFaviconRecord> {

    ChromeFaviconParser() {
        super("Chrome Favicons", "icon_mapping", "favicon_bitmaps", "favicons");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<ChromeFaviconRecord> context)
            throws SQLException {
        emitAll(database, query(database.columns("favicon_bitmaps")), ChromeFaviconParser::record,
                file.devicePath() + ": icon_mapping", context);
    }

    static String query(Set<String> bitmapColumns) {
        String lastUpdated = bitmapColumns.contains("last_updated") ? "b.last_updated" : "NULL";
        String lastRequested = bitmapColumns.contains("last_requested") ? "b.last_requested" : "NULL";
        return "SELECT m.page_url AS page_url, f.url AS icon_url, " + lastUpdated + " AS last_updated, "
                + lastRequested + " AS last_requested FROM icon_mapping m "
                + "JOIN favicon_bitmaps b ON b.icon_id = m.icon_id JOIN favicons f ON f.id = m.icon_id "
                + "ORDER BY m.id, b.id";
    }

    private static ChromeFaviconRecord record(Rows rows) throws SQLException {
        Long updated = rows.getLong("last_updated");
        Long requested = rows.getLong("last_requested");
        Long time = (updated == null || updated == 0) && requested != null ? requested : updated;
        return new ChromeFaviconRecord(rows.getString("page_url"), rows.getString("icon_url"), time,
                Times.fromWebkit(time));
    }
}
