package org.spyglass.core.run;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.spyglass.core.Throwables;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.output.ProcessRow;
import org.spyglass.core.output.ProcessesFile;
import org.spyglass.core.output.RunOutputs;

/**
 * Builds {@code processes.json}, the "process everywhere" view: the sightings every module reported, read back
 * from their spool sorted by name then time, grouped by name, each name judged once against the process-name
 * indicators. The judging is here, not in the writer; the grouping needs only the current name, so memory does not
 * grow with the number of names or sightings. It only reads the sightings' spool, so it can be written while the
 * timeline is ({@link #start}).
 */
final class ProcessView {
    private final FutureTask<Long> task;

    private ProcessView(FutureTask<Long> task) {
        this.task = task;
    }

    /** Starts {@link #write} on a thread of its own; {@link #join} waits for it. */
    static ProcessView start(RunOutputs outputs, Indicators indicators) {
        FutureTask<Long> task = new FutureTask<>(() -> write(outputs, indicators));
        Thread thread = new Thread(task, "spyglass-processes");
        thread.setDaemon(true);
        thread.start();
        return new ProcessView(task);
    }

    /**
     * Waits for the file to be written. The wait is not cut short by an interrupt (the thread's flag is set again
     * afterwards): the spool this view reads is deleted after it, so it must be done first.
     *
     * @return the number of distinct process names written
     * @throws IOException what writing it threw
     */
    long join() throws IOException {
        try {
            return finished();
        } catch (ExecutionException e) {
            Throwable cause = Throwables.throwIfUnchecked(e.getCause());
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(RunOutputs.PROCESSES + " could not be written: " + cause, cause);
        }
    }

    /** Waits for the file to be written, whatever the outcome (when the run fails elsewhere), as {@link #join}. */
    void await() {
        try {
            finished();
        } catch (ExecutionException failedToo) {
            // The run already fails with the first problem.
        }
    }

    private long finished() throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Writes {@code processes.json} when at least one sighting was reported.
     *
     * @return the number of distinct process names written
     */
    static long write(RunOutputs outputs, Indicators indicators) throws IOException {
        if (!outputs.hasProcesses()) {
            return 0;
        }
        try (ProcessesFile file = outputs.processesFile()) {
            Grouper grouper = new Grouper(file, indicators);
            outputs.drainProcesses(grouper::accept);
            return file.processes();
        }
    }

    private static final class Grouper {
        private final ProcessesFile file;
        private final Indicators indicators;
        private String current;

        Grouper(ProcessesFile file, Indicators indicators) {
            this.file = file;
            this.indicators = indicators;
        }

        void accept(ProcessRow row) throws IOException {
            if (!row.name().equals(current)) {
                current = row.name();
                List<IndicatorMatch> matches = indicators.matchProcess(current);
                file.startProcess(current, matches);
            }
            file.sighting(row);
        }
    }
}
