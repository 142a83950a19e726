package org.spyglass.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One alert as the page explains it. Fields are read by the template: {@code artifact}, {@code heuristic} and
 * {@code time} may be null or empty.
 *
 * @param micros the event time in microseconds since the epoch, {@link Long#MIN_VALUE} when the alert has none
 */
record AlertView(String anchor, String level, int levelIndex, String module, String message, String time,
                 long micros, String artifact, List<IndicatorView> indicators, HeuristicView heuristic,
                 String proves, String doesNotProve, String eventJson) {

    AlertView {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(message, "message");
        indicators = List.copyOf(indicators);
    }

    boolean timed() {
        return micros != Long.MIN_VALUE;
    }

    String levelClass() {
        return "level-" + level.toLowerCase(Locale.ROOT);
    }

    boolean hasIndicators() {
        return !indicators.isEmpty();
    }

    /** One indicator that matched, with where it came from. */
    record IndicatorView(String value, String type, String how, String observed, String campaign, String feed,
                         String file, String indicatorId) {
    }

    /** The heuristic that fired and its own explanation. */
    record HeuristicView(String id, String explanation) {
    }
}
