package org.spyglass.ios.cachefiles;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/** Matches each cached URL against the indicators, CRITICAL as in MVT: the phone fetched it. */
final class CacheFilesChecker implements Checker<CacheResponse> {

    @Override
    public void check(CacheResponse response, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchUrl(response.url());
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a response from known spyware infrastructure in the URL "
                    + "cache " + response.cacheFile() + ": " + response.url() + " " + MatchText.of(matches),
                    response.isodate(), response, matches);
        }
    }
}
