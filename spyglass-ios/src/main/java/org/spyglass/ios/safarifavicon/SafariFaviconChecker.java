package org.spyglass.ios.safarifavicon;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/** Matches the page URL against the indicators, else the icon's URL; CRITICAL as in MVT. */
final class SafariFaviconChecker implements Checker<SafariFavicon> {

    @Override
    public void check(SafariFavicon favicon, CheckContext context) {
        String observed = favicon.url();
        List<IndicatorMatch> matches = context.indicators().matchUrl(observed);
        if (matches.isEmpty()) {
            observed = favicon.iconUrl();
            matches = context.indicators().matchUrl(observed);
        }
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a favicon of known spyware infrastructure in Safari's "
                    + "favicon cache (" + favicon.safariFaviconDbPath() + "): " + observed + " "
                    + MatchText.of(matches), favicon.timestamp(), favicon, matches);
        }
    }
}
