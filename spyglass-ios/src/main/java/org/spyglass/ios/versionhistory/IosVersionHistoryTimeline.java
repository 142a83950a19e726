package org.spyglass.ios.versionhistory;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** {@code ios_version} at each journal's time (MVT's event). */
final class IosVersionHistoryTimeline implements TimelineMapper<IosVersionRecord> {

    @Override
    public void map(IosVersionRecord record, Consumer<TimelineEvent> out) {
        out.accept(new TimelineEvent(record.isodate(), IosVersionHistoryModule.NAME, "ios_version",
                "Recorded iOS version: " + record.osVersion()));
    }
}
