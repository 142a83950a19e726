package org.spyglass.ios.tcc;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;

/**
 * Reads TCC.db's {@code access} table in its three schemas, told apart by their columns: v3 has {@code auth_value}
 * and {@code auth_reason}, v2 has {@code allowed} and {@code prompt_count} with {@code last_modified}, v1 the same
 * without {@code last_modified}. Codes are turned into MVT's words.
 */
final class TccParser extends SqliteParser<TccAccess> {
    private static final Map<Long, String> AUTH_VALUES = Map.of(0L, "denied", 1L, "unknown", 2L, "allowed",
            3L, "limited");
    private static final Map<Long, String> AUTH_REASONS = Map.ofEntries(Map.entry(1L, "error"),
            Map.entry(2L, "user_consent"), Map.entry(3L, "user_set"), Map.entry(4L, "system_set"),
            Map.entry(5L, "service_policy"), Map.entry(6L, "mdm_policy"), Map.entry(7L, "override_policy"),
            Map.entry(8L, "missing_usage_string"), Map.entry(9L, "prompt_timeout"),
            Map.entry(10L, "preflight_unknown"), Map.entry(11L, "entitled"), Map.entry(12L, "app_type_policy"));
    private static final Map<Long, String> ALLOWED = Map.of(0L, "denied", 1L, "allowed");
    private static final String[] COLUMNS = {"service", "client", "client_type", "last_modified"};

    TccParser() {
        super("TCC.db", "access");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<TccAccess> context)
            throws SQLException {
        emitAll(database, query(database.columns("access")), TccParser::access, file.devicePath() + ": access",
                context);
    }

    static String query(Set<String> columns) {
        boolean v3 = columns.contains("auth_value");
        StringJoiner select = new StringJoiner(", ", "SELECT ", " FROM access ORDER BY ROWID");
        for (String column : COLUMNS) {
            select.add(column(columns.contains(column), column));
        }
        select.add(column(v3, "auth_value"));
        select.add(column(v3 && columns.contains("auth_reason"), "auth_reason"));
        select.add(column(!v3 && columns.contains("allowed"), "allowed"));
        select.add(column(!v3 && columns.contains("prompt_count"), "prompt_count"));
        return select.toString();
    }

    private static String column(boolean present, String column) {
        return present ? column : "NULL AS " + column;
    }

    private static TccAccess access(Rows rows) throws SQLException {
        Long clientType = rows.getLong("client_type");
        return new TccAccess(rows.getString("service"), rows.getString("client"),
                clientType == null ? null : clientType == 0 ? TccAccess.BUNDLE_ID : TccAccess.ABSOLUTE_PATH,
                word(AUTH_VALUES, rows.getLong("auth_value")), word(AUTH_REASONS, rows.getLong("auth_reason")),
                word(ALLOWED, rows.getLong("allowed")), rows.getLong("prompt_count"),
                Times.fromUnixSeconds(rows.getNumber("last_modified")));
    }

    private static String word(Map<Long, String> words, Long code) {
        return code == null ? null : words.getOrDefault(code, Long.toString(code));
    }
}
