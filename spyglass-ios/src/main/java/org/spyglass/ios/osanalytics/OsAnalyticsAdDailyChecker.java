package org.spyglass.ios.osanalytics;

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
        for (IndicatorMatch match : context.indicators().matchProcess(record.process())) {
            context.indicatorAlert(Level.CRITICAL, "Found a known spyware process name in " + ARTIFACT + ": \""
                    + record.process() + "\" " + MatchText.of(match), record.ts(), record, match);
        }
        DaemonLookalikes.find(record.process()).ifPresent(lookalike -> context.heuristicAlert(DAEMON_LOOKALIKE,
                ARTIFACT + " process \"" + record.process() + "\" " + lookalike.describe(), record.ts(), record));
    }
}
