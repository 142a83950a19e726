package org.spyglass.core.module;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;

/**
 * Something that deserves an analyst's attention: an indicator match or a heuristic that fired.
 *
 * @param level     how serious
 * @param module    the module whose record raised it
 * @param message   what was found, in one sentence
 * @param eventTime when the underlying event happened (UTC), or null when the record has no time
 * @param record    the record that raised it (a Java record, serialised as JSON by the writers)
 * @param matches   the indicators that matched, with provenance; empty for a heuristic alert
 * @param heuristic the heuristic that fired, or null for an indicator alert
 */
public record Alert(Level level, String module, String message, Instant eventTime, Object record,
                    List<IndicatorMatch> matches, Heuristic heuristic) {
    public Alert {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(message, "message");
        matches = List.copyOf(matches);
    }
}
