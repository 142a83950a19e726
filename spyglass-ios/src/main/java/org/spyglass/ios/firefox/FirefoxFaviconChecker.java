package org.spyglass.ios.firefox;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/** Matches the icon's URL against the indicators and, when it matches nothing, the page's URL, as MVT does. */
final class FirefoxFaviconChecker implements Checker<FirefoxFaviconRecord> {

    @Override
    public void check(FirefoxFaviconRecord record, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchUrl(record.url());
        String what = "icon " + record.url() + " (shown on " + record.historyUrl() + ")";
        if (matches.isEmpty()) {
            matches = context.indicators().matchUrl(record.historyUrl());
            what = "page " + record.historyUrl();
        }
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a favicon of known spyware infrastructure in Firefox's "
                    + "browser.db: " + what + " " + MatchText.of(matches), record.isodate(), record, matches);
        }
    }
}
