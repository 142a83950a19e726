package org.spyglass.ios.safari;

import java.sql.SQLException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;

/**
 * The visits of a Safari History.db that look like a network injection (a plain {@code http://} visit redirected to
 * another website in under a second), read with the safari_history module's own query and rule, for modules that
 * correlate them with other artifacts.
 */
public final class SafariInjections {
    /** The History.db of every Safari profile, as device-path globs (home and app container). */
    public static final List<String> HISTORY_PATHS = SafariPaths.of("History.db");
    /** The tables a History.db must hold to be read. */
    public static final List<String> TABLES = List.of("history_items", "history_visits");

    private SafariInjections() {
    }

    /**
     * Streams the injection-pattern visits of {@code database} to {@code out}, in visit-time order.
     *
     * @param devicePath the database's device path, recorded in each visit
     * @param cancelled  checked between rows; reading stops when it returns true
     */
    public static void forEach(EvidenceDatabase database, String devicePath, BooleanSupplier cancelled,
                               Consumer<SafariVisit> out) throws SQLException {
        try (Rows rows = database.query(SafariHistoryParser.query(database.columns("history_visits")))) {
            while (!cancelled.getAsBoolean() && rows.next()) {
                SafariVisit visit = SafariHistoryParser.visit(rows, devicePath);
                if (SafariHistoryChecker.injectionDelay(visit) != null) {
                    out.accept(visit);
                }
            }
        }
    }
}
