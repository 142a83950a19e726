package org.spyglass.ios.analytics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Matches the string values of each event's property list, CRITICAL as in MVT: a value shaped like a process name,
 * bundle id or executable path against process indicators (exact names), and a value shaped like a URL or host name
 * against URL and domain indicators. Each distinct value of an event raises at most one alert per kind.
 */
final class AnalyticsChecker implements Checker<AnalyticsRecord> {

    @Override
    public void check(AnalyticsRecord record, CheckContext context) {
        Set<String> values = new LinkedHashSet<>();
        AnalyticsStrings.collect(record.data(), values);
        for (String value : values) {
            if (AnalyticsStrings.looksLikeProcess(value)) {
                alert(context.indicators().matchProcess(value), "a known spyware process name", value, record,
                        context);
            }
            if (AnalyticsStrings.looksLikeUrl(value)) {
                alert(context.indicators().matchUrl(value), "known spyware infrastructure", value, record, context);
            }
        }
    }

    private static void alert(List<IndicatorMatch> matches, String what, String value, AnalyticsRecord record,
                              CheckContext context) {
        if (matches.isEmpty()) {
            return;
        }
        context.indicatorAlert(Level.CRITICAL, "Found " + what + " in the analytics database " + record.file()
                + " (" + record.table() + "): \"" + value + "\" " + MatchText.of(matches), record.isodate(), record,
                matches);
    }
}
