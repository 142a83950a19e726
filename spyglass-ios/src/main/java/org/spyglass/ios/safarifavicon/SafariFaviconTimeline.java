package org.spyglass.ios.safarifavicon;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** {@code safari_favicon} at the icon's time. */
final class SafariFaviconTimeline implements TimelineMapper<SafariFavicon> {

    @Override
    public void map(SafariFavicon favicon, Consumer<TimelineEvent> out) {
        if (favicon.timestamp() != null) {
            String page = favicon.url() == null ? "an unknown page" : favicon.url();
            String icon = favicon.iconUrl() == null ? "" : " from " + favicon.iconUrl();
            out.accept(new TimelineEvent(favicon.timestamp(), SafariFaviconModule.NAME, "safari_favicon",
                    "Safari favicon (" + favicon.type() + ")" + icon + " for " + page));
        }
    }
}
