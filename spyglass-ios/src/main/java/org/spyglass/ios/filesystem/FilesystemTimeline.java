package org.spyglass.ios.filesystem;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** {@code entry_modified} at each entry's modification time, described by its path (MVT's event). */
final class FilesystemTimeline implements TimelineMapper<FilesystemRecord> {

    @Override
    public void map(FilesystemRecord record, Consumer<TimelineEvent> out) {
        if (record.modified() != null) {
            out.accept(new TimelineEvent(record.modified(), FilesystemModule.NAME, "entry_modified", record.path()));
        }
    }
}
