package org.spyglass.ios.datausage;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.MatchText;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.ios.process.DaemonLookalikes;

/**
 * Matches process names against the indicators and against genuine iOS daemon names (once per process), flags live
 * rows whose process row was deleted, and notes gaps in the process keys. Gaps are found as the records arrive in
 * {@code Z_PK} order (see {@link DataUsageParser}), so nothing is kept but the last key.
 */
public final class DataUsageChecker implements Checker<DataUsageRecord> {
    private final String file;
    private final Heuristic deletedProcess;
    private final Heuristic processIdGap;
    private final Heuristic daemonLookalike;
    private long lastProcId;
    private long lastMatchedProcId = -1;

    /** A checker for one database; its heuristics are named after the database's module. */
    public DataUsageChecker(UsageDatabase database) {
        this.file = database.fileName();
        this.deletedProcess = new Heuristic(database.heuristicId("deleted-process"), Level.HIGH,
                file + " records which processes used the network. This usage row points to a process whose "
                        + "row is gone. Pegasus was seen deleting its own process rows to hide; iOS does not delete "
                        + "them on a clean phone. It is a strong sign worth an expert's look, not proof on its own.");
        this.processIdGap = new Heuristic(database.heuristicId("process-id-gap"), Level.LOW,
                "Some process rows of " + file + " are missing, leaving a gap in their numbering. Spyware that "
                        + "deletes its rows leaves such gaps, but databases also lose rows for ordinary reasons, so "
                        + "a gap alone proves nothing.");
        this.daemonLookalike = DaemonLookalikes.heuristic(database.heuristicId("daemon-lookalike"));
    }

    @Override
    public void check(DataUsageRecord record, CheckContext context) {
        if (record.procId() != null) {
            checkGap(record, context);
            checkName(record, context);
        }
        if (record.pointsToDeletedProcess()) {
            context.heuristicAlert(deletedProcess, file + " usage row " + record.liveId()
                    + " points to process " + record.liveProcId() + ", whose row was deleted",
                    record.liveIsodate(), record);
        }
    }

    private void checkGap(DataUsageRecord record, CheckContext context) {
        long id = record.procId();
        if (id > lastProcId + 1) {
            long first = lastProcId + 1;
            long last = id - 1;
            String missing = first == last ? "Process row " + first + " is" : "Process rows " + first + " to " + last
                    + " are";
            context.heuristicAlert(processIdGap, missing + " missing from " + file + " (the ZPROCESS keys "
                    + "jump from " + lastProcId + " to " + id + ")", record.firstIsodate(), record);
        }
        lastProcId = Math.max(lastProcId, id);
    }

    private void checkName(DataUsageRecord record, CheckContext context) {
        if (record.procId() == lastMatchedProcId || record.procName() == null) {
            return;
        }
        lastMatchedProcId = record.procId();
        List<IndicatorMatch> matches = context.indicators().matchProcess(record.procName());
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a known spyware process name in " + file + ": \""
                    + record.procName() + "\" " + MatchText.of(matches), record.firstIsodate(), record, matches);
        }
        DaemonLookalikes.find(record.procName()).ifPresent(lookalike -> context.heuristicAlert(daemonLookalike,
                file + " process \"" + record.procName() + "\" " + lookalike.describe(),
                record.firstIsodate(), record));
    }

}
