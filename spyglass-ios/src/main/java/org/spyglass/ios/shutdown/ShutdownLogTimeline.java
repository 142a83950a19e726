package org.spyglass.ios.shutdown;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** One {@code shutdown} event per client of a reboot with a time (MVT's event and sentence). */
final class ShutdownLogTimeline implements TimelineMapper<ShutdownClient> {
    @Override
    public void map(ShutdownClient record, Consumer<TimelineEvent> out) {
        if (record.isodate() != null) {
            out.accept(new TimelineEvent(record.isodate(), ShutdownLogModule.NAME, "shutdown", "Client "
                    + record.client() + " with PID " + record.pid() + " was running when the device was shut down"));
        }
    }
}
