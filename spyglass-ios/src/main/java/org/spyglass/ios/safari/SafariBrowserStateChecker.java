package org.spyglass.ios.safari;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicator;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Matches each tab's URLs and every URL of its back-forward list against the indicators. One alert per tab carrying
 * every indicator its URLs matched: the same exploit page usually appears several times (its URL, its URL before a
 * redirect, the tab's own), so the message names, for each URL that matched an indicator not already cited, what it
 * matched, the first mention first.
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
        Set<Indicator> seen = new HashSet<>();
        List<IndicatorMatch> matches = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (String url : urls) {
            List<IndicatorMatch> fresh = context.indicators().matchUrl(url).stream()
                    .filter(match -> seen.add(match.indicator())).toList();
            if (!fresh.isEmpty()) {
                matches.addAll(fresh);
                parts.add(url + where(tab, url) + " " + MatchText.of(fresh));
            }
        }
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found known spyware infrastructure in an open Safari tab ("
                    + tab.safariBrowserStateDb() + "): " + String.join("; ", parts), tab.lastViewedTimestamp(), tab,
                    matches);
        }
    }

    private static String where(SafariTab tab, String url) {
        boolean tabItself = url.equals(tab.tabUrl()) || url.equals(tab.tabVisibleUrl());
        return tabItself ? "" : " in its back-forward list";
    }

    private static void add(Set<String> urls, String url) {
        if (url != null && !url.isBlank()) {
            urls.add(url);
        }
    }
}
