package org.spyglass.ios.firefox;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** One {@code firefox_history} event per visit with a time. */
final class FirefoxHistoryTimeline implements TimelineMapper<FirefoxHistoryRecord> {

    @Override
    public void map(FirefoxHistoryRecord record, Consumer<TimelineEvent> out) {
        if (record.isodate() != null) {
            out.accept(new TimelineEvent(record.isodate(), FirefoxHistoryModule.NAME, "firefox_history",
                    "Firefox visit with ID " + record.id() + " to URL: " + record.url()));
        }
    }
}
