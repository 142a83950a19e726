package org.spyglass.ios.webkit;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** {@code visit} when the site was last seen, as MVT; {@code user_interaction} when the user last interacted. */
final class ResourceLoadStatisticsTimeline implements TimelineMapper<ObservedDomain> {

    @Override
    public void map(ObservedDomain observed, Consumer<TimelineEvent> out) {
        if (observed.lastSeenIsodate() != null) {
            out.accept(new TimelineEvent(observed.lastSeenIsodate(), WebkitResourceLoadStatisticsModule.NAME,
                    "visit", "Webkit resource loaded from " + observed.registrableDomain() + byApp(observed)));
        }
        if (observed.mostRecentUserInteractionTimeIsodate() != null) {
            out.accept(new TimelineEvent(observed.mostRecentUserInteractionTimeIsodate(),
                    WebkitResourceLoadStatisticsModule.NAME, "user_interaction", "User interacted with "
                    + observed.registrableDomain() + byApp(observed)));
        }
    }

    /** {@code " by app in domain X"}, or empty outside backups. */
    static String byApp(ObservedDomain observed) {
        return observed.domain() == null ? "" : " by app in domain " + observed.domain();
    }
}
