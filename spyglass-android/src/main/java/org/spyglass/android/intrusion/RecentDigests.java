package org.spyglass.android.intrusion;

import java.util.HashMap;
import java.util.Map;

/**
 * The 64-bit digests of the last {@link #capacity} lines read, to recognise an event an overlapping export repeats.
 * Memory is bounded by the capacity (a ring of digests and a count per digest in it), never by the evidence: a line
 * repeated further back than the capacity is not recognised and is read again. Not thread-safe.
 */
final class RecentDigests {
    /** The window of {@link IntrusionEvents#read}: about 5 MB at most, far more than a day's overlap of exports. */
    static final int DEFAULT_CAPACITY = 65_536;

    private final int capacity;
    private final long[] ring;
    private final Map<Long, Integer> counts = new HashMap<>();
    private int next;
    private int size;

    RecentDigests(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.ring = new long[capacity];
    }

    /** Adds a digest; false when it is among the last {@code capacity} digests added (a repeat). */
    boolean add(long digest) {
        if (counts.containsKey(digest)) {
            return false;
        }
        if (size == capacity) {
            counts.computeIfPresent(ring[next], (key, count) -> count == 1 ? null : count - 1);
        } else {
            size++;
        }
        ring[next] = digest;
        counts.merge(digest, 1, Integer::sum);
        next = (next + 1) % capacity;
        return true;
    }
}
