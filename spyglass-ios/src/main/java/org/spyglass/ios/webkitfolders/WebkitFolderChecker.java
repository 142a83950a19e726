package org.spyglass.ios.webkitfolders;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/** Matches each site's origin against the indicators, CRITICAL as in MVT: a page of the site stored data. */
final class WebkitFolderChecker implements Checker<WebkitFolderRecord> {
    private final String what;

    WebkitFolderChecker(String what) {
        this.what = what;
    }

    @Override
    public void check(WebkitFolderRecord record, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchUrl(record.url());
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found WebKit " + what + " data of known spyware infrastructure: "
                    + record.url() + " (" + record.folder() + "/" + record.name() + ") " + MatchText.of(matches),
                    record.isodate(), record, matches);
        }
    }
}
