package org.spyglass.android.androidqf.processes;

import java.util.List;
import org.spyglass.android.AppMatches;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Matches each process's package part against app ids (CRITICAL, MEDIUM for watchware only: see
 * {@link AppMatches}), and, when no app matched, its name against process names (CRITICAL).
 */
final class ProcessesChecker implements Checker<AqfProcess> {

    @Override
    public void check(AqfProcess process, CheckContext context) {
        List<IndicatorMatch> apps = context.indicators().matchAppId(process.packageName());
        if (!apps.isEmpty()) {
            context.indicatorAlert(AppMatches.level(apps), "Found a known malicious app running: " + process.name()
                    + " (pid " + process.pid() + ") " + MatchText.of(apps) + AppMatches.note(apps), null, process,
                    apps);
            return;
        }
        List<IndicatorMatch> processes = context.indicators().matchProcess(process.name());
        if (!processes.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a known malicious process running: " + process.name()
                    + " (pid " + process.pid() + ") " + MatchText.of(processes), null, process, processes);
        }
    }
}
