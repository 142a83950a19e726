package org.spyglass.ios.webkitfolders;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** One event per site at its entry's modification time. */
final class WebkitFolderTimeline implements TimelineMapper<WebkitFolderRecord> {
    private final String module;
    private final String event;
    private final String what;

    WebkitFolderTimeline(String module, String event, String what) {
        this.module = module;
        this.event = event;
        this.what = what;
    }

    @Override
    public void map(WebkitFolderRecord record, Consumer<TimelineEvent> out) {
        if (record.isodate() != null) {
            out.accept(new TimelineEvent(record.isodate(), module, event, "WebKit " + what + " data of "
                    + record.url() + " in " + record.folder()));
        }
    }
}
