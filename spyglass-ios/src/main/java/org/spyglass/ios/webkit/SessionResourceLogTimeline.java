package org.spyglass.ios.webkit;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/**
 * {@code visit} when WebKit last saw the site, with its redirects; {@code user_interaction} when the user last
 * interacted with it. (MVT puts this artifact on no timeline.)
 */
final class SessionResourceLogTimeline implements TimelineMapper<BrowsingStatistic> {

    @Override
    public void map(BrowsingStatistic entry, Consumer<TimelineEvent> out) {
        if (entry.lastSeen() != null) {
            String description = "WebKit session resource log: " + entry.origin() + " last seen";
            if (!entry.redirectSource().isEmpty() || !entry.redirectDestination().isEmpty()) {
                description += " (redirects: " + SessionResourceLogChecker.chain(entry) + ")";
            }
            out.accept(new TimelineEvent(entry.lastSeen(), WebkitSessionResourceLogModule.NAME, "visit",
                    description));
        }
        if (entry.mostRecentInteraction() != null) {
            out.accept(new TimelineEvent(entry.mostRecentInteraction(), WebkitSessionResourceLogModule.NAME,
                    "user_interaction", "WebKit session resource log: user interacted with " + entry.origin()));
        }
    }
}
