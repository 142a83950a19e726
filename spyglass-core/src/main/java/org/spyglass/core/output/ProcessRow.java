package org.spyglass.core.output;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import org.spyglass.core.module.ProcessSighting;

/**
 * One sighting of a process name as spooled for {@code processes.json}: a {@link ProcessSighting} with the module
 * that reported it.
 *
 * @param name     the process name
 * @param time     when, UTC, or null
 * @param module   the module name
 * @param timeKind what the time is, null exactly when the time is null
 * @param path     the executable's path or logged client, or null
 * @param artifact the device path of the file, or null
 */
public record ProcessRow(String name, Instant time, String module, String timeKind, String path, String artifact)
        implements Comparable<ProcessRow> {
    /** Stores a row in a spill file of {@link SortedSpool}. */
    static final SortedSpool.Codec<ProcessRow> CODEC = new SortedSpool.Codec<>() {
        @Override
        public void write(ProcessRow row, SpillOutput out) throws IOException {
            out.writeString(row.name());
            out.writeInstant(row.time());
            out.writeString(row.module());
            out.writeString(row.timeKind());
            out.writeString(row.path());
            out.writeString(row.artifact());
        }

        @Override
        public ProcessRow read(SpillInput in) throws IOException {
            return new ProcessRow(in.readString(), in.readInstant(), in.readString(),
                    in.readString(), in.readString(), in.readString());
        }
    };

    public ProcessRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(module, "module");
    }

    static ProcessRow of(String module, ProcessSighting sighting) {
        return new ProcessRow(sighting.name(), sighting.time(), module, sighting.timeKind(), sighting.path(),
                sighting.artifact());
    }

    /**
     * By name (exactly, case kept), then time (untimed sightings last), then module, kind, path and artifact: a
     * total order, so each name's sightings come together, oldest first.
     */
    @Override
    public int compareTo(ProcessRow other) {
        int order = name.compareTo(other.name);
        if (order != 0) {
            return order;
        }
        if (time != other.time) {
            if (time == null || other.time == null) {
                return time == null ? 1 : -1;
            }
            order = time.compareTo(other.time);
            if (order != 0) {
                return order;
            }
        }
        order = module.compareTo(other.module);
        if (order == 0) {
            order = compareText(timeKind, other.timeKind);
        }
        if (order == 0) {
            order = compareText(path, other.path);
        }
        return order != 0 ? order : compareText(artifact, other.artifact);
    }

    /** Null first. */
    private static int compareText(String a, String b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
