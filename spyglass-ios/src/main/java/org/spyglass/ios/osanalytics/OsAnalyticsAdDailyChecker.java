package org.spyglass.ios.osanalytics;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;
import org.spyglass.ios.process.DaemonLookalikes;

/** Matches each process name against the indicators and against genuine iOS daemon names. */
final class OsAnalyticsAdDailyChecker implements Checker<NetUsageBaseline> {
    static final Heuristic DAEMON_LOOKALIKE = DaemonLookalikes.heuristic("ios.os_analytics_ad_daily.daemon-lookalike");
    private static final String ARTIFACT = "com.apple.osanalytics.addaily.plist";

    @Override
    public void check(NetUsageBaseline record, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchProcess(record.process());
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a known spyware process name in " + ARTIFACT + ": \""
                    + record.process() + "\" " + MatchText.of(matches), record.ts(), record, matches);
        }
        DaemonLookalikes.find(record.process()).ifPresent(lookalike -> context.heuristicAlert(DAEMON_LOOKALIKE,
                ARTIFACT + " process \"" + record.process() + "\" " + lookalike.describe(), record.ts(), record));
    }
}
