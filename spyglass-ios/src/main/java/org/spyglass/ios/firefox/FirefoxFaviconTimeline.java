package org.spyglass.ios.firefox;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/**
 * One {@code firefox_favicon} event per icon and page with a time. MVT labels these {@code firefox_history} too; a
 * distinct label keeps an icon fetch apart from a visit on the timeline.
 */
final class FirefoxFaviconTimeline implements TimelineMapper<FirefoxFaviconRecord> {

    @Override
    public void map(FirefoxFaviconRecord record, Consumer<TimelineEvent> out) {
        if (record.isodate() != null) {
            out.accept(new TimelineEvent(record.isodate(), FirefoxFaviconModule.NAME, "firefox_favicon",
                    "Firefox favicon " + record.url() + " when visiting " + record.historyUrl()));
        }
    }
}
