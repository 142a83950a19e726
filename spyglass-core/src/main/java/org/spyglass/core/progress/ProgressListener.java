package org.spyglass.core.progress;

/**
 * Hears how far a long task has got, to show it to the person waiting. A task reports once when it starts (with
 * nothing done), then as it goes (possibly after every file, or within a big file), and last when every file is
 * handled, unless it is cancelled first. Calls may come from several threads: implementations must be thread-safe
 * and quick, throttle what they show themselves, and must not throw.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener NONE = progress -> {
    };

    void progress(WorkProgress progress);
}
