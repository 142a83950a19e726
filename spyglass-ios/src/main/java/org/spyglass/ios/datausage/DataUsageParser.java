package org.spyglass.ios.datausage;

import java.sql.SQLException;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;

/**
 * Reads a usage database (DataUsage.sqlite, netusage.sqlite) in two streaming queries: every process ordered by
 * {@code Z_PK} with its live rows (a LEFT JOIN, so processes without live rows are kept), then the live rows whose
 * process is missing. The checker relies on the first query's order to find gaps in the process keys.
 */
public final class DataUsageParser extends SqliteParser<DataUsageRecord> {
    private static final String[] TRAFFIC = {"ZWIFIIN", "ZWIFIOUT", "ZWWANIN", "ZWWANOUT"};

    /** A parser for one database of the schema, named in warnings. */
    public DataUsageParser(UsageDatabase database) {
        super(database.fileName(), "ZPROCESS");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<DataUsageRecord> context)
            throws SQLException {
        Set<String> live = database.columns("ZLIVEUSAGE");
        boolean hasLive = live.contains("ZHASPROCESS");
        emitAll(database, processQuery(hasLive, live), DataUsageParser::record, file.devicePath() + ": ZPROCESS",
                context);
        if (hasLive) {
            emitAll(database, orphanQuery(live), DataUsageParser::record, file.devicePath() + ": ZLIVEUSAGE",
                    context);
        }
    }

    static String processQuery(boolean hasLive, Set<String> liveColumns) {
        String process = "p.Z_PK AS proc_id, p.ZPROCNAME AS proc_name, p.ZBUNDLENAME AS bundle_id, "
                + "p.ZFIRSTTIMESTAMP AS first_timestamp, p.ZTIMESTAMP AS timestamp";
        if (!hasLive) {
            return "SELECT " + process + ", " + liveColumns(Set.of(), false)
                    + " FROM ZPROCESS p ORDER BY p.Z_PK";
        }
        return "SELECT " + process + ", " + liveColumns(liveColumns, true)
                + " FROM ZPROCESS p LEFT JOIN ZLIVEUSAGE l ON l.ZHASPROCESS = p.Z_PK ORDER BY p.Z_PK, l.Z_PK";
    }

    static String orphanQuery(Set<String> liveColumns) {
        return "SELECT NULL AS proc_id, NULL AS proc_name, NULL AS bundle_id, NULL AS first_timestamp, "
                + "NULL AS timestamp, " + liveColumns(liveColumns, true) + " FROM ZLIVEUSAGE l "
                + "WHERE l.ZHASPROCESS IS NULL OR l.ZHASPROCESS NOT IN (SELECT Z_PK FROM ZPROCESS) ORDER BY l.Z_PK";
    }

    private static String liveColumns(Set<String> columns, boolean hasLive) {
        StringBuilder select = new StringBuilder(hasLive
                ? "l.Z_PK AS live_id, l.ZHASPROCESS AS live_proc_id, l.ZTIMESTAMP AS live_timestamp"
                : "NULL AS live_id, NULL AS live_proc_id, NULL AS live_timestamp");
        for (String column : TRAFFIC) {
            select.append(", ").append(hasLive && columns.contains(column) ? "l." + column : "NULL").append(" AS ")
                    .append(column);
        }
        return select.toString();
    }

    private static DataUsageRecord record(Rows rows) throws SQLException {
        return new DataUsageRecord(rows.getLong("proc_id"), rows.getString("proc_name"),
                rows.getString("bundle_id"), Times.fromApple(rows.getNumber("first_timestamp")),
                Times.fromApple(rows.getNumber("timestamp")), rows.getLong("live_id"),
                rows.getLong("live_proc_id"), Times.fromApple(rows.getNumber("live_timestamp")),
                real(rows, "ZWIFIIN"), real(rows, "ZWIFIOUT"), real(rows, "ZWWANIN"), real(rows, "ZWWANOUT"));
    }

    private static Double real(Rows rows, String column) throws SQLException {
        Number value = rows.getNumber(column);
        return value == null ? null : value.doubleValue();
    }
}
