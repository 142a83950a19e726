package org.spyglass.ios.manifest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/**
 * One event per distinct time of a row, named by MACB letters as MVT does: {@code M} modified, {@code -} (access
 * time is not kept), {@code C} status changed, {@code B} born; e.g. {@code M-CB} when all three are equal.
 */
final class ManifestTimeline implements TimelineMapper<ManifestRecord> {

    @Override
    public void map(ManifestRecord record, Consumer<TimelineEvent> out) {
        List<Instant> seen = new ArrayList<>(3);
        String description = record.relativePath() + " - " + record.domain();
        for (Instant time : new Instant[] {record.modified(), record.statusChanged(), record.created()}) {
            if (time == null || seen.contains(time)) {
                continue;
            }
            seen.add(time);
            String macb = (time.equals(record.modified()) ? "M" : "-") + "-"
                    + (time.equals(record.statusChanged()) ? "C" : "-") + (time.equals(record.created()) ? "B" : "-");
            out.accept(new TimelineEvent(time, ManifestModule.NAME, macb, description));
        }
    }
}
