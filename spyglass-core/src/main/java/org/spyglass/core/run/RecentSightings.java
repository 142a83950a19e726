package org.spyglass.core.run;

import org.spyglass.core.module.ProcessSighting;

/**
 * The last few process sightings of one module, so that a sighting it repeats record after record (DataUsage gives its
 * process's first and last use with each of the process's usage rows, which come together) goes to the run's process
 * spool once. Only a saving: the spool keeps identical sightings once anyway, so what reaches {@code processes.json} is
 * the same. Not thread-safe: one per module, used by the module's thread.
 */
final class RecentSightings {
    /** Enough for a record's few sightings (first use, last use) to be recognised on the next records. */
    static final int SIZE = 8;

    private final ProcessSighting[] recent = new ProcessSighting[SIZE];
    private int next;

    /** Whether {@code sighting} is none of the last {@link #SIZE} seen; it becomes one of them. */
    boolean isNew(ProcessSighting sighting) {
        for (ProcessSighting seen : recent) {
            if (sighting.equals(seen)) {
                return false;
            }
        }
        recent[next] = sighting;
        next = (next + 1) % SIZE;
        return true;
    }
}
