package org.spyglass.ios.correlation;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;
import org.spyglass.ios.process.DaemonLookalikes;

/**
 * Raises one alert per unknown process (no bundle id, not a genuine iOS daemon) first seen after a suspicious lookup:
 * an e-mail handle that matches an indicator, or a malformed handle. The parser emits a process's pairs together,
 * closest lookup first, so the alert cites the closest suspicious lookup and only the last alerted process is kept.
 */
final class LookupProcessCorrelationChecker implements Checker<LookupThenProcess> {
    static final Heuristic LOOKUP_THEN_PROCESS = new Heuristic("ios.correlation.lookup-then-process", Level.HIGH,
            "In the zero-click iMessage attacks of 2019 to 2021, the phone looked up the attacker's Apple account "
                    + "(an e-mail address) when the booby-trapped message arrived, which left that address in "
                    + "IDStatusCache, and Pegasus processes appeared in DataUsage.sqlite seconds to minutes later. "
                    + "Here a lookup of a known attacker address (or of a malformed handle) was followed within "
                    + "ten minutes by the first network use of a process that belongs to no app and is not a known "
                    + "iOS daemon. That is what such an infection looks like in time, but it does not prove one: "
                    + "the lookup shows that contact was attempted, and the process may be a harmless program that "
                    + "happened to start then.");

    private long lastAlertedProcId = -1;

    @Override
    public void check(LookupThenProcess record, CheckContext context) {
        if (record.procId() == lastAlertedProcId || record.bundleId() != null && !record.bundleId().isBlank()
                || DaemonLookalikes.isGenuineDaemon(record.procName())) {
            return;
        }
        String email = record.email();
        List<IndicatorMatch> matches = email == null ? List.of() : context.indicators().matchEmail(email);
        String handle;
        if (!matches.isEmpty()) {
            handle = "the handle " + MatchText.of(matches);
        } else if (record.malformedHandle()) {
            handle = "the handle is malformed (two NUL characters in a row)";
        } else {
            return;
        }
        lastAlertedProcId = record.procId();
        String name = record.procName() == null ? "with no name" : "\"" + record.procName() + "\"";
        context.heuristicAlert(LOOKUP_THEN_PROCESS, "Process " + name + " (no bundle id) first used the network at "
                + record.procFirstIsodate() + " according to DataUsage.sqlite, " + record.secondsAfter()
                + " seconds after IDStatusCache recorded a lookup of \"" + record.user() + "\" for "
                + record.service() + " at " + record.lookupIsodate() + "; " + handle, record.procFirstIsodate(),
                record);
    }
}
