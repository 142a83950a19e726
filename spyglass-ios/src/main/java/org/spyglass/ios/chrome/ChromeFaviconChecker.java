package org.spyglass.ios.chrome;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/** Matches the page URL against the indicators and, when it matches nothing, the icon's URL, as MVT does. */
final class ChromeFaviconChecker implements Checker<ChromeFaviconRecord> {

    @Override
    public void check(ChromeFaviconRecord record, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchUrl(record.url());
        String what = "page " + record.url();
        if (matches.isEmpty()) {
            matches = context.indicators().matchUrl(record.iconUrl());
            what = "icon " + record.iconUrl() + " (shown on " + record.url() + ")";
        }
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a favicon of known spyware infrastructure in Chrome's "
                    + "Favicons: " + what + " " + MatchText.of(matches), record.isodate(), record, matches);
        }
    }
}
