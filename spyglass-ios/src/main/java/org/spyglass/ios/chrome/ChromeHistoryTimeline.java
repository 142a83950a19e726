package org.spyglass.ios.chrome;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** One {@code visit} event per visit with a time. */
final class ChromeHistoryTimeline implements TimelineMapper<ChromeHistoryRecord> {

    @Override
    public void map(ChromeHistoryRecord record, Consumer<TimelineEvent> out) {
        if (record.isodate() != null) {
            out.accept(new TimelineEvent(record.isodate(), ChromeHistoryModule.NAME, "visit", record.id() + " - "
                    + record.url() + " (visit ID: " + record.visitId() + ", redirect source: "
                    + record.redirectSource() + ")"));
        }
    }
}
