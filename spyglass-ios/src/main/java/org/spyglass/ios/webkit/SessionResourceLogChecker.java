package org.spyglass.ios.webkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Matches every domain of an entry against the indicators (each distinct domain once, one CRITICAL alert carrying
 * all its matches), and when a matched domain is part of a top-frame redirect chain, raises one more alert (HIGH)
 * that shows the whole chain, as MVT does: the other sites of the chain are where the user came from or was sent to.
 */
final class SessionResourceLogChecker implements Checker<BrowsingStatistic> {

    @Override
    public void check(BrowsingStatistic entry, CheckContext context) {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.putIfAbsent(entry.origin(), "the visited site");
        entry.redirectSource().forEach(domain -> roles.putIfAbsent(domain, "a site that redirected to "
                + entry.origin()));
        entry.redirectDestination().forEach(domain -> roles.putIfAbsent(domain, "a site " + entry.origin()
                + " redirected to"));
        entry.subframeUnderOrigin().forEach(domain -> roles.putIfAbsent(domain, "a frame inside " + entry.origin()));
        entry.subresourceUnderOrigin().forEach(domain -> roles.putIfAbsent(domain, "a resource loaded by "
                + entry.origin()));
        roles.remove("");
        List<IndicatorMatch> chainMatches = new ArrayList<>();
        for (Map.Entry<String, String> role : roles.entrySet()) {
            String domain = role.getKey();
            List<IndicatorMatch> matches = context.indicators().matchHost(domain);
            if (matches.isEmpty()) {
                continue;
            }
            context.indicatorAlert(Level.CRITICAL, "Found known spyware infrastructure in WebKit's browsing "
                    + "session resource log (" + entry.path() + "): " + domain + ", " + role.getValue() + ", "
                    + MatchText.of(matches), eventTime(entry), entry, matches);
            if (inChain(entry, domain)) {
                chainMatches.addAll(matches);
            }
        }
        boolean redirected = !entry.redirectSource().isEmpty() || !entry.redirectDestination().isEmpty();
        if (redirected && !chainMatches.isEmpty()) {
            context.alert(new Alert(Level.HIGH, context.module(), "HTTP redirect between suspicious domains: "
                    + chain(entry) + " (" + entry.path() + ")", eventTime(entry), entry, chainMatches, null));
        }
    }

    /** When the entry was last seen, else when the user last interacted with it; null when neither. */
    static Instant eventTime(BrowsingStatistic entry) {
        return entry.lastSeen() != null ? entry.lastSeen() : entry.mostRecentInteraction();
    }

    private static boolean inChain(BrowsingStatistic entry, String domain) {
        return domain.equals(entry.origin()) || entry.redirectSource().contains(domain)
                || entry.redirectDestination().contains(domain);
    }

    /** {@code SOURCE: "a", "b" → ORIGIN: "o" → DESTINATION: "d"}, leaving out an empty end. */
    static String chain(BrowsingStatistic entry) {
        StringBuilder chain = new StringBuilder();
        if (!entry.redirectSource().isEmpty()) {
            chain.append("SOURCE: ").append(quoted(entry.redirectSource())).append(" → ");
        }
        chain.append("ORIGIN: \"").append(entry.origin()).append('"');
        if (!entry.redirectDestination().isEmpty()) {
            chain.append(" → DESTINATION: ").append(quoted(entry.redirectDestination()));
        }
        return chain.toString();
    }

    private static String quoted(List<String> domains) {
        return domains.stream().map(domain -> "\"" + domain + "\"").collect(Collectors.joining(", "));
    }
}
