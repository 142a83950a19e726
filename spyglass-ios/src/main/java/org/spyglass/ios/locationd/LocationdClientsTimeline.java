package org.spyglass.ios.locationd;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** One event per time key present, named after the key, as MVT does. */
final class LocationdClientsTimeline implements TimelineMapper<LocationdClient> {
    @Override
    public void map(LocationdClient record, Consumer<TimelineEvent> out) {
        for (LocationdClient.Stamp stamp : record.stamps()) {
            out.accept(new TimelineEvent(stamp.time(), LocationdClientsModule.NAME, stamp.key(),
                    stamp.key() + " from " + record.client()));
        }
    }
}
