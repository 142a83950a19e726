package org.spyglass.core.output;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One timeline event with the record it came from, as spooled for {@code timeline.csv} (the first four fields) and
 * {@code timeline.jsonl} (all five).
 *
 * @param time        when, in UTC
 * @param module      the module name
 * @param event       the event kind
 * @param description the sentence for a person
 * @param record      the record as one line of JSON
 */
public record TimelineEntry(Instant time, String module, String event, String description, String record)
        implements Comparable<TimelineEntry> {
    private static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::time)
            .thenComparing(TimelineEntry::module)
            .thenComparing(TimelineEntry::event)
            .thenComparing(TimelineEntry::description)
            .thenComparing(TimelineEntry::record);

    /** Stores an entry in a spill file of {@link SortedSpool}. */
    static final SortedSpool.Codec<TimelineEntry> CODEC = new SortedSpool.Codec<>() {
        @Override
        public void write(TimelineEntry entry, DataOutput out) throws IOException {
            SpillFields.writeInstant(entry.time(), out);
            SpillFields.writeString(entry.module(), out);
            SpillFields.writeString(entry.event(), out);
            SpillFields.writeString(entry.description(), out);
            SpillFields.writeString(entry.record(), out);
        }

        @Override
        public TimelineEntry read(DataInput in) throws IOException {
            return new TimelineEntry(SpillFields.readInstant(in), SpillFields.readString(in),
                    SpillFields.readString(in), SpillFields.readString(in), SpillFields.readString(in));
        }
    };

    public TimelineEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(record, "record");
    }

    /** The row of {@code timeline.csv}: the entry without its record. */
    public TimelineRow row() {
        return new TimelineRow(time, module, event, description);
    }

    /** By time, module, event, description, then record: a total order, so entries of one CSV row are adjacent. */
    @Override
    public int compareTo(TimelineEntry other) {
        return ORDER.compare(this, other);
    }
}
