package org.spyglass.core.run;

import java.util.ArrayList;
import java.util.List;
import org.spyglass.core.module.Warning;

/** Keeps the first warnings of a run and counts them all. Thread-safe. */
final class WarningLog {
    private final int cap;
    private final List<Warning> kept = new ArrayList<>();
    private long count;

    WarningLog(int cap) {
        this.cap = cap;
    }

    synchronized void add(Warning warning) {
        count++;
        if (kept.size() < cap) {
            kept.add(warning);
        }
    }

    synchronized List<Warning> kept() {
        return List.copyOf(kept);
    }

    synchronized long count() {
        return count;
    }
}
