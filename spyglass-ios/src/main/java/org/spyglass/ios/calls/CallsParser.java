package org.spyglass.ios.calls;

import java.sql.SQLException;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;

/**
 * Reads {@code ZCALLRECORD} in key order. Only the columns the store has are named in the query; the others read as
 * NULL. {@code ZADDRESS} is a BLOB in most versions and text in some: both are decoded as UTF-8.
 */
final class CallsParser extends SqliteParser<CallRecord> {
    private static final String[] OPTIONAL = {"ZDATE", "ZDURATION", "ZLOCATION", "ZADDRESS", "ZSERVICE_PROVIDER",
            "ZORIGINATED", "ZANSWERED", "ZUNIQUE_ID"};

    CallsParser() {
        super("CallHistory.storedata", "ZCALLRECORD");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<CallRecord> context)
            throws SQLException {
        emitAll(database, query(database.columns("ZCALLRECORD")), CallsParser::call,
                file.devicePath() + ": ZCALLRECORD", context);
    }

    static String query(Set<String> columns) {
        StringBuilder sql = new StringBuilder("SELECT Z_PK");
        for (String column : OPTIONAL) {
            sql.append(", ").append(columns.contains(column) ? column : "NULL AS " + column);
        }
        return sql.append(" FROM ZCALLRECORD ORDER BY Z_PK").toString();
    }

    private static CallRecord call(Rows rows) throws SQLException {
        Number duration = rows.getNumber("ZDURATION");
        Long originated = rows.getLong("ZORIGINATED");
        Long answered = rows.getLong("ZANSWERED");
        return new CallRecord(rows.getLong("Z_PK"), Times.fromApple(rows.getNumber("ZDATE")),
                duration == null ? null : duration.doubleValue(), rows.getString("ZLOCATION"),
                rows.getString("ZADDRESS"), rows.getString("ZSERVICE_PROVIDER"),
                originated == null ? null : originated == 1 ? CallRecord.OUTGOING : CallRecord.INCOMING,
                answered == null ? null : answered == 1, rows.getString("ZUNIQUE_ID"));
    }
}
