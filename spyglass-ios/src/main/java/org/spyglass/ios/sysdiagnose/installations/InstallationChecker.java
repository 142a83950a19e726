package org.spyglass.ios.sysdiagnose.installations;

import java.util.ArrayList;
import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/** Matches each event's bundle id against app ids and process names, in one alert carrying every match. */
final class InstallationChecker implements Checker<InstallationEvent> {

    @Override
    public void check(InstallationEvent event, CheckContext context) {
        List<IndicatorMatch> matches = new ArrayList<>(context.indicators().matchAppId(event.bundleId()));
        for (IndicatorMatch match : context.indicators().matchProcess(event.bundleId())) {
            if (matches.stream().noneMatch(m -> m.indicator().equals(match.indicator()))) {
                matches.add(match);
            }
        }
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a known spyware app in mobile_installation.log ("
                    + event.action().description() + "): " + event.bundleId() + " (" + event.file() + ") "
                    + MatchText.of(matches), event.time(), event, matches);
        }
    }
}
