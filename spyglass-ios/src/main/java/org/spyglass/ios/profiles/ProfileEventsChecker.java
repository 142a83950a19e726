package org.spyglass.ios.profiles;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;

/**
 * Matches the process and the profile id of each event against the indicators, and lists every event: installs at
 * LOW (each installed profile is worth confirming with the owner), other operations at INFORMATIONAL.
 */
final class ProfileEventsChecker implements Checker<ProfileEvent> {
    static final String INSTALL = "install";

    static final Heuristic PROFILE_INSTALLED = new Heuristic("ios.profile_events.profile-installed", Level.LOW,
            "A configuration profile was installed on the phone. Profiles can change security settings, trust "
                    + "new certificates or route traffic; most are installed knowingly (work, school, VPN "
                    + "apps), so confirm with the owner that this one is expected. An install alone proves "
                    + "nothing.");
    static final Heuristic PROFILE_OPERATION = new Heuristic("ios.profile_events.profile-operation",
            Level.INFORMATIONAL,
            "A configuration profile was removed or changed. Listed so that the history of profiles can be read "
                    + "next to the rest of the timeline; it is not suspicious in itself.");

    @Override
    public void check(ProfileEvent event, CheckContext context) {
        List<IndicatorMatch> processMatches = event.process() == null ? List.of()
                : context.indicators().matchProcess(event.process());
        if (!processMatches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a known spyware process in MCProfileEvents.plist: \""
                    + event.process() + "\" changed profile " + event.profileId() + " "
                    + MatchText.of(processMatches), event.timestamp(), event, processMatches);
        }
        List<IndicatorMatch> profileMatches = context.indicators().matchProfileId(event.profileId());
        if (!profileMatches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a known spyware configuration profile in "
                    + "MCProfileEvents.plist: " + event.profileId() + " " + MatchText.of(profileMatches),
                    event.timestamp(), event, profileMatches);
        }
        boolean install = INSTALL.equalsIgnoreCase(event.operation());
        context.heuristicAlert(install ? PROFILE_INSTALLED : PROFILE_OPERATION, ProfileEventsTimeline.describe(event),
                event.timestamp(), event);
    }
}
