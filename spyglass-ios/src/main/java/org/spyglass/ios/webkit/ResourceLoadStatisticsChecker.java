package org.spyglass.ios.webkit;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/** Matches each observed site against the domain indicators. */
final class ResourceLoadStatisticsChecker implements Checker<ObservedDomain> {

    @Override
    public void check(ObservedDomain observed, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchHost(observed.registrableDomain());
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found known spyware infrastructure among the sites WebKit "
                    + "observed" + ResourceLoadStatisticsTimeline.byApp(observed) + ": "
                    + observed.registrableDomain() + " " + MatchText.of(matches) + " (" + observed.path() + ")",
                    observed.lastSeenIsodate(), observed, matches);
        }
    }
}
