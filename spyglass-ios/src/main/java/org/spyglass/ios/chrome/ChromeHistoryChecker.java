package org.spyglass.ios.chrome;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/** Matches each visited URL against the indicators. */
final class ChromeHistoryChecker implements Checker<ChromeHistoryRecord> {

    @Override
    public void check(ChromeHistoryRecord record, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchUrl(record.url());
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a visit to known spyware infrastructure in Chrome's "
                    + "history (visit " + record.visitId() + "): " + record.url() + " " + MatchText.of(matches),
                    record.isodate(), record, matches);
        }
    }
}
