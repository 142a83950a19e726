package org.spyglass.ios.safarifavicon;

import java.sql.SQLException;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;

/**
 * Reads the icons Safari kept ({@code page_url} joined to {@code icon_info} by {@code uuid}) and, when the table
 * exists, the ones it rejected ({@code rejected_resources}). Times are Apple seconds.
 */
final class SafariFaviconParser extends SqliteParser<SafariFavicon> {
    static final String VALID = "SELECT page_url.url AS url, icon_info.url AS icon_url, icon_info.timestamp AS "
            + "timestamp FROM page_url JOIN icon_info ON page_url.uuid = icon_info.uuid ORDER BY icon_info.timestamp";
    static final String REJECTED = "SELECT page_url AS url, icon_url, timestamp FROM rejected_resources "
            + "ORDER BY timestamp";

    SafariFaviconParser() {
        super("Favicons.db", "page_url", "icon_info");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<SafariFavicon> context)
            throws SQLException {
        String path = file.devicePath();
        emitAll(database, VALID, rows -> record(rows, "valid", path), path + ": icon_info", context);
        if (database.hasTable("rejected_resources")) {
            emitAll(database, REJECTED, rows -> record(rows, "rejected", path), path + ": rejected_resources",
                    context);
        }
    }

    private static SafariFavicon record(Rows rows, String type, String path) throws SQLException {
        return new SafariFavicon(rows.getString("url"), rows.getString("icon_url"),
                Times.fromApple(rows.getNumber("timestamp")), type, path);
    }
}
