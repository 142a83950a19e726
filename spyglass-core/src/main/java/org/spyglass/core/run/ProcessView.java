package org.spyglass.core.run;

import java.io.IOException;
import java.util.List;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.output.ProcessRow;
import org.spyglass.core.output.ProcessesFile;
import org.spyglass.core.output.RunOutputs;

/**
 * Builds {@code processes.json}, the "process everywhere" view: the sightings every module reported, read back
 * from their spool sorted by name then time, grouped by name, each name judged once against the process-name
 * indicators. The judging is here, not in the writer; the grouping needs only the current name, so memory does not
 * grow with the number of names or sightings.
 */
final class ProcessView {
    private ProcessView() {
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
