package org.spyglass.ios.shortcuts;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** {@code shortcut_created} and {@code shortcut_modified}, worded as MVT's. */
final class ShortcutsTimeline implements TimelineMapper<Shortcut> {

    @Override
    public void map(Shortcut shortcut, Consumer<TimelineEvent> out) {
        String description = "iOS Shortcut '" + shortcut.shortcutName() + "': "
                + (shortcut.description() == null ? "" : shortcut.description())
                + (shortcut.actionUrls().isEmpty() ? "" : " - URLs in actions: "
                + String.join(", ", shortcut.actionUrls()));
        if (shortcut.isodate() != null) {
            out.accept(new TimelineEvent(shortcut.isodate(), ShortcutsModule.NAME, "shortcut_created",
                    description));
        }
        if (shortcut.modifiedDate() != null) {
            out.accept(new TimelineEvent(shortcut.modifiedDate(), ShortcutsModule.NAME, "shortcut_modified",
                    description));
        }
    }
}
