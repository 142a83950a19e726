package org.spyglass.ios.safari;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Matches each tab's URLs and every URL of its back-forward list against the indicators. One alert per indicator
 * per tab: the same exploit page usually appears several times (its URL, its URL before a redirect, the tab's own),
 * and the first mention names it.
 */
final class SafariBrowserStateChecker implements Checker<SafariTab> {

    @Override
    public void check(SafariTab tab, CheckContext context) {
        Set<String> urls = new LinkedHashSet<>();
        add(urls, tab.tabUrl());
        add(urls, tab.tabVisibleUrl());
        for (SessionEntry entry : tab.sessionData()) {
            add(urls, entry.entryUrl());
            add(urls, entry.entryOriginalUrl());
        }
        Set<String> matched = new HashSet<>();
        for (String url : urls) {
            for (IndicatorMatch match : context.indicators().matchUrl(url)) {
                if (!matched.add(match.indicator().type() + ":" + match.indicator().value())) {
                    continue;
                }
                context.indicatorAlert(Level.CRITICAL, "Found known spyware infrastructure in an open Safari tab"
                        + where(tab, url) + ": " + url + " " + MatchText.of(match), tab.lastViewedTimestamp(), tab,
                        match);
            }
        }
    }

    private static String where(SafariTab tab, String url) {
        boolean tabItself = url.equals(tab.tabUrl()) || url.equals(tab.tabVisibleUrl());
        return (tabItself ? "" : "'s back-forward list") + " (" + tab.safariBrowserStateDb() + ")";
    }

    private static void add(Set<String> urls, String url) {
        if (url != null && !url.isBlank()) {
            urls.add(url);
        }
    }
}
