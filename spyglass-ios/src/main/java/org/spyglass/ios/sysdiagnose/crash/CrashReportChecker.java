package org.spyglass.ios.sysdiagnose.crash;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;
import org.spyglass.ios.process.DaemonLookalikes;

/** Matches the crashed process's names, path and bundle id, and checks its name against genuine daemon names. */
final class CrashReportChecker implements Checker<CrashReport> {
    static final Heuristic DAEMON_LOOKALIKE = DaemonLookalikes.heuristic("ios.crash_reports.daemon-lookalike");

    @Override
    public void check(CrashReport report, CheckContext context) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : new String[] {report.procName(), report.name(), report.procPath()}) {
            if (name != null) {
                names.add(name.substring(name.lastIndexOf('/') + 1));
            }
        }
        List<IndicatorMatch> matches = new ArrayList<>();
        names.forEach(name -> add(matches, context.indicators().matchProcess(name)));
        if (report.procPath() != null && report.procPath().startsWith("/")) {
            add(matches, context.indicators().matchFilePath(report.procPath()));
        }
        add(matches, context.indicators().matchAppId(report.bundleId()));
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a known spyware process in a crash report: "
                    + String.join(", ", names) + " (" + report.file() + ") " + MatchText.of(matches),
                    report.timestamp(), report, matches);
        }
        DaemonLookalikes.find(report.process()).ifPresent(lookalike -> context.heuristicAlert(DAEMON_LOOKALIKE,
                "Crash report " + report.file() + " is about \"" + report.process() + "\", which "
                        + lookalike.describe(), report.timestamp(), report));
    }

    private static void add(List<IndicatorMatch> matches, List<IndicatorMatch> more) {
        for (IndicatorMatch match : more) {
            if (matches.stream().noneMatch(m -> m.indicator().equals(match.indicator()))) {
                matches.add(match);
            }
        }
    }
}
