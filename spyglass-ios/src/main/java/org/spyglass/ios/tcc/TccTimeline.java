package org.spyglass.ios.tcc;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** One {@code AccessRequest} event when the permission last changed (v1 rows have no time, so no event). */
final class TccTimeline implements TimelineMapper<TccAccess> {

    @Override
    public void map(TccAccess access, Consumer<TimelineEvent> out) {
        if (access.lastModified() != null) {
            out.accept(new TimelineEvent(access.lastModified(), TccModule.NAME, "AccessRequest",
                    "Access to " + access.serviceName() + " by " + access.client() + " " + access.decision()));
        }
    }
}
