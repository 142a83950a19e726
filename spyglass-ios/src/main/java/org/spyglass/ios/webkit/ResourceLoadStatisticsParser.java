package org.spyglass.ios.webkit;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;

/**
 * Reads {@code ObservedDomains} of an observations.db. The interaction-time columns came with later WebKit versions
 * (web push with iOS 16.4); the query names only those present.
 */
final class ResourceLoadStatisticsParser extends SqliteParser<ObservedDomain> {
    private static final List<String> OPTIONAL = List.of("lastSeen", "hadUserInteraction",
            "mostRecentUserInteractionTime", "mostRecentWebPushInteractionTime");

    ResourceLoadStatisticsParser() {
        super("observations.db", "ObservedDomains");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<ObservedDomain> context)
            throws SQLException {
        emitAll(database, query(database.columns("ObservedDomains")), rows -> observed(rows, file),
                file.devicePath() + ": ObservedDomains", context);
    }

    static String query(Set<String> columns) {
        StringBuilder sql = new StringBuilder("SELECT domainID, registrableDomain");
        for (String column : OPTIONAL) {
            sql.append(", ").append(columns.contains(column) ? column : "NULL").append(" AS ").append(column);
        }
        return sql.append(" FROM ObservedDomains ORDER BY domainID").toString();
    }

    private static ObservedDomain observed(Rows rows, EvidenceFile file) throws SQLException {
        Double lastSeen = seconds(rows, "lastSeen");
        Double interaction = seconds(rows, "mostRecentUserInteractionTime");
        Double webPush = seconds(rows, "mostRecentWebPushInteractionTime");
        Long interacted = rows.getLong("hadUserInteraction");
        return new ObservedDomain(rows.getLong("domainID"), rows.getString("registrableDomain"), lastSeen,
                instant(lastSeen), interacted != null && interacted != 0, interaction, instant(interaction), webPush,
                instant(webPush), file.domain(), file.devicePath());
    }

    private static Double seconds(Rows rows, String column) throws SQLException {
        Number value = rows.getNumber(column);
        return value == null ? null : value.doubleValue();
    }

    /** WebKit writes -1 for "never"; only times after the epoch are times. */
    private static Instant instant(Double seconds) {
        return seconds == null || seconds <= 0 ? null : Times.fromUnixSeconds(seconds);
    }
}
