package org.spyglass.core.module;

import java.time.Instant;
import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.Indicators;

/** What a {@link Checker} sees: the indicators, and where to raise alerts. */
public interface CheckContext {

    /** The module being checked. */
    String module();

    Indicators indicators();

    void alert(Alert alert);

    /**
     * Raises one alert for one observed value (of one record and field) carrying every indicator it matched, in the
     * order given (keep the matcher's, most specific first); raises nothing when the list is empty. The message
     * should say what matched with {@link MatchText#of(List)}.
     */
    default void indicatorAlert(Level level, String message, Instant eventTime, Record record,
                                List<IndicatorMatch> matches) {
        if (!matches.isEmpty()) {
            alert(new Alert(level, module(), message, eventTime, record, matches, null));
        }
    }

    /** Raises one alert for a heuristic, at the heuristic's level. */
    default void heuristicAlert(Heuristic heuristic, String message, Instant eventTime, Record record) {
        alert(new Alert(heuristic.level(), module(), message, eventTime, record, List.of(), heuristic));
    }
}
