package org.spyglass.ios.idstatuscache;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** MVT's {@code lookup} event, one per lookup with a date. */
final class IdStatusCacheTimeline implements TimelineMapper<IdStatusCacheRecord> {
    @Override
    public void map(IdStatusCacheRecord record, Consumer<TimelineEvent> out) {
        if (record.isodate() != null) {
            out.accept(new TimelineEvent(record.isodate(), IdStatusCacheModule.NAME, "lookup", "Lookup of "
                    + record.user() + " within " + record.service() + " (Status " + record.idstatus() + ")"));
        }
    }
}
