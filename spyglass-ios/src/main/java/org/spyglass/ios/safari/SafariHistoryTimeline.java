package org.spyglass.ios.safari;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** {@code safari_history} when the visit happened, with the redirect's target when there was one. */
final class SafariHistoryTimeline implements TimelineMapper<SafariVisit> {

    @Override
    public void map(SafariVisit visit, Consumer<TimelineEvent> out) {
        if (visit.isodate() == null) {
            return;
        }
        String description = "Safari visit to " + visit.url() + " (ID: " + visit.id() + ", Visit ID: "
                + visit.visitId() + ")";
        if (visit.redirectDestinationUrl() != null) {
            description += ", redirected to " + visit.redirectDestinationUrl();
        }
        out.accept(new TimelineEvent(visit.isodate(), SafariHistoryModule.NAME, "safari_history", description));
    }
}
