package org.spyglass.ios.firefox;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/** Matches each visited URL against the indicators. */
final class FirefoxHistoryChecker implements Checker<FirefoxHistoryRecord> {

    @Override
    public void check(FirefoxHistoryRecord record, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchUrl(record.url());
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a visit to known spyware infrastructure in Firefox's "
                    + "history (visit " + record.id() + "): " + record.url() + " " + MatchText.of(matches),
                    record.isodate(), record, matches);
        }
    }
}
