package org.spyglass.ios.safari;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;

/**
 * Matches each visited URL against the indicators, and flags a plain-HTTP visit that was redirected to another
 * website in under a second. The redirect's target comes with the record (the parser resolves it inside the same
 * database), so this checker keeps no state at all.
 */
final class SafariHistoryChecker implements Checker<SafariVisit> {
    static final Heuristic NETWORK_INJECTION = new Heuristic("ios.safari_history.network-injection", Level.MEDIUM,
            "Safari opened a plain http:// page and was sent to another website in less than a second. This is "
                    + "how Pegasus was delivered by network injection: someone on the network path answered the "
                    + "unencrypted request with a redirect to an exploit server, within milliseconds, often to a "
                    + "random-looking subdomain on an unusual port. Link shorteners, Wi-Fi login pages and sites "
                    + "that moved also redirect this fast, so this alone proves nothing: look at where the redirect "
                    + "went and what happened on the phone right after.");

    /** Strictly less than this between the two visits. */
    static final Duration WITHIN = Duration.ofSeconds(1);

    @Override
    public void check(SafariVisit visit, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchUrl(visit.url());
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a visit to known spyware infrastructure in Safari history ("
                    + visit.safariHistoryDb() + "): " + visit.url() + " " + MatchText.of(matches), visit.isodate(),
                    visit, matches);
        }
        Duration elapsed = injectionDelay(visit);
        if (elapsed != null) {
            context.heuristicAlert(NETWORK_INJECTION, "Safari visit to " + visit.url() + " was redirected to "
                    + visit.redirectDestinationUrl() + ", another website, after " + milliseconds(elapsed)
                    + " (visit " + visit.visitId() + " to " + visit.redirectDestination() + " in "
                    + visit.safariHistoryDb() + ")", visit.isodate(), visit);
        }
    }

    /** The time to the redirect when the visit looks like an injection, else null. */
    static Duration injectionDelay(SafariVisit visit) {
        if (!visit.url().toLowerCase(Locale.ROOT).startsWith("http://") || visit.redirectDestinationUrl() == null
                || visit.isodate() == null || visit.redirectDestinationIsodate() == null) {
            return null;
        }
        Duration elapsed = Duration.between(visit.isodate(), visit.redirectDestinationIsodate());
        if (elapsed.isNegative() || elapsed.compareTo(WITHIN) >= 0
                || !Sites.differ(visit.url(), visit.redirectDestinationUrl())) {
            return null;
        }
        return elapsed;
    }

    private static String milliseconds(Duration elapsed) {
        return String.format(Locale.ROOT, "%.1f ms", elapsed.toNanos() / 1e6);
    }
}
