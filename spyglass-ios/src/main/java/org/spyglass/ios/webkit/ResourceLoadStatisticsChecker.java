package org.spyglass.ios.webkit;

import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/** Matches each observed site against the domain indicators. */
final class ResourceLoadStatisticsChecker implements Checker<ObservedDomain> {

    @Override
    public void check(ObservedDomain observed, CheckContext context) {
        for (IndicatorMatch match : context.indicators().matchHost(observed.registrableDomain())) {
            context.indicatorAlert(Level.CRITICAL, "Found known spyware infrastructure among the sites WebKit "
                    + "observed" + ResourceLoadStatisticsTimeline.byApp(observed) + ": "
                    + observed.registrableDomain() + " " + MatchText.of(match) + " (" + observed.path() + ")",
                    observed.lastSeenIsodate(), observed, match);
        }
    }
}
