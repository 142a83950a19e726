package org.spyglass.ios.safari;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** {@code tab} when the tab was last viewed: its title and URL. */
final class SafariBrowserStateTimeline implements TimelineMapper<SafariTab> {

    @Override
    public void map(SafariTab tab, Consumer<TimelineEvent> out) {
        if (tab.lastViewedTimestamp() != null) {
            out.accept(new TimelineEvent(tab.lastViewedTimestamp(), SafariBrowserStateModule.NAME, "tab",
                    (tab.tabTitle() == null ? "(no title)" : tab.tabTitle()) + " - "
                            + (tab.tabUrl() == null ? "(no URL)" : tab.tabUrl())));
        }
    }
}
