package org.spyglass.ios.profiles;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** {@code profile_operation} at the event's time. */
final class ProfileEventsTimeline implements TimelineMapper<ProfileEvent> {

    @Override
    public void map(ProfileEvent event, Consumer<TimelineEvent> out) {
        if (event.timestamp() != null) {
            out.accept(new TimelineEvent(event.timestamp(), ProfileEventsModule.NAME, "profile_operation",
                    describe(event)));
        }
    }

    /** {@code Process "dmd" started operation "install" of profile "com.example.wifi"}. */
    static String describe(ProfileEvent event) {
        return "Process \"" + (event.process() == null ? "unknown" : event.process()) + "\" started operation \""
                + (event.operation() == null ? "unknown" : event.operation()) + "\" of profile \""
                + event.profileId() + "\"";
    }
}
