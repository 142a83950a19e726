package org.spyglass.core.run;

import org.spyglass.core.module.Alert;
import org.spyglass.core.module.Warning;
import org.spyglass.core.progress.WorkProgress;

/**
 * Hears a run's progress, e.g. to print one line per module. Methods are called from the module threads, possibly
 * at the same time: implementations must be thread-safe and quick, and must not throw.
 */
public interface RunListener {
    /** A listener that ignores everything. */
    RunListener NONE = new RunListener() {
    };

    /** A module found its files and starts parsing. */
    default void moduleStarted(String module) {
    }

    /** Called every {@link RunEngine#PROGRESS_EVERY} records of a module, with its count so far. */
    default void progress(String module, long records) {
    }

    /** A module is done (ran, absent, failed, skipped or interrupted). */
    default void moduleFinished(ModuleResult result) {
    }

    /** A long task of the run outside the modules (hashing every file, for {@code --hashes}) went on. */
    default void work(WorkProgress progress) {
    }

    default void warning(Warning warning) {
    }

    default void alert(Alert alert) {
    }
}
