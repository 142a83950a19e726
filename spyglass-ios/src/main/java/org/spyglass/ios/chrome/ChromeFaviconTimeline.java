package org.spyglass.ios.chrome;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** One {@code new_favicon} event per icon bitmap with a time. */
final class ChromeFaviconTimeline implements TimelineMapper<ChromeFaviconRecord> {

    @Override
    public void map(ChromeFaviconRecord record, Consumer<TimelineEvent> out) {
        if (record.isodate() != null) {
            out.accept(new TimelineEvent(record.isodate(), ChromeFaviconModule.NAME, "new_favicon",
                    "Favicon from " + record.iconUrl() + " visited from " + record.url()));
        }
    }
}
