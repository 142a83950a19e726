package org.spyglass.ios.processbinaries;

import java.util.Set;
import org.spyglass.core.Level;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;

/** Flags each process whose executable the parser found nowhere in the dump. */
final class ProcessBinariesChecker implements Checker<ProcessBinary> {
    static final Heuristic MISSING_BINARY = new Heuristic("ios.process_binaries.missing-binary", Level.MEDIUM,
            "This process used the network (DataUsage.sqlite or netusage.sqlite recorded it), belongs to no app, and "
                    + "no file anywhere in the dump bears its name. Pegasus processes left exactly this trace: "
                    + "they ran from memory or from a file they deleted afterwards, and only their network use "
                    + "remained. It does not prove an infection: the dump may lack the file (a partial dump, or a "
                    + "read-only system volume copied only in part), the process may be a kernel thread or a "
                    + "program that iOS removed with an update, and a name cut to 16 characters is matched only "
                    + "by its beginning. Look at when it used the network and whether the name appears elsewhere.");

    /** Processes of iOS that never have an executable file: the kernel's own task. */
    private static final Set<String> NO_FILE_BY_NATURE = Set.of("kernel_task");

    @Override
    public void check(ProcessBinary record, CheckContext context) {
        if (!record.missing() || NO_FILE_BY_NATURE.contains(record.procName())) {
            return;
        }
        context.heuristicAlert(MISSING_BINARY, "Process \"" + record.procName() + "\" (no bundle id, row "
                + record.procId() + " of " + record.database() + ", first network use "
                + (record.firstIsodate() == null ? "unknown" : record.firstIsodate().toString())
                + ") has no file of that name anywhere in the dump", record.firstIsodate(), record);
    }
}
