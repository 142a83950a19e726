package org.spyglass.core.output;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import org.spyglass.core.text.CodePointOrder;

/**
 * One row of {@code alerts_timeline.csv} (the alert message and the record as JSON in the third and fourth columns),
 * sorted through a {@link SortedSpool}; {@code timeline.csv}, far larger, is sorted as bytes by {@link TimelineSpool}
 * in the same order (text by code point, see {@link CodePointOrder}).
 *
 * @param time   when, in UTC
 * @param module the module name
 * @param event  the third column
 * @param detail the fourth column
 */
public record TimelineRow(Instant time, String module, String event, String detail) implements Comparable<TimelineRow> {
    /** Stores a row in a spill file of {@link SortedSpool}. */
    static final SortedSpool.Codec<TimelineRow> CODEC = new SortedSpool.Codec<>() {
        @Override
        public void write(TimelineRow row, SpillOutput out) throws IOException {
            out.writeInstant(row.time());
            out.writeString(row.module());
            out.writeString(row.event());
            out.writeString(row.detail());
        }

        @Override
        public TimelineRow read(SpillInput in) throws IOException {
            return new TimelineRow(in.readInstant(), in.readString(),
                    in.readString(), in.readString());
        }
    };

    public TimelineRow {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * By time, then module, then event, then detail, text by code point as in {@code timeline.csv}: a total order, so
     * the output never depends on arrival.
     */
    @Override
    public int compareTo(TimelineRow other) {
        int order = time.compareTo(other.time);
        if (order == 0) {
            order = CodePointOrder.compare(module, other.module);
        }
        if (order == 0) {
            order = CodePointOrder.compare(event, other.event);
        }
        return order != 0 ? order : CodePointOrder.compare(detail, other.detail);
    }
}
