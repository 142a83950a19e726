package org.spyglass.android.intrusion;

import java.util.List;
import org.spyglass.android.AppMatches;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Raises the {@link SecurityHeuristics} of each event, matches the app or process it names (its package part, before
 * any {@code :}) against app ids (CRITICAL, or MEDIUM for ECHAP watchware only: {@link AppMatches}), else a started
 * process against process names (CRITICAL), and the path of a file pulled or pushed over adb against file paths
 * (CRITICAL).
 */
final class SecurityEventsChecker implements Checker<IntrusionSecurityEvent> {

    @Override
    public void check(IntrusionSecurityEvent event, CheckContext context) {
        SecurityHeuristics.judge(event).ifPresent(finding -> context.heuristicAlert(finding.heuristic(),
                finding.message(), event.time(), event));
        if (event.app() != null) {
            matchApp(event, context);
        }
        List<IndicatorMatch> paths = event.tag().startsWith("adb_sync_") && event.text("path") != null
                ? context.indicators().matchFilePath(event.text("path")) : List.of();
        if (!paths.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a known malicious file moved over adb (" + event.tag()
                    + "): " + event.text("path") + " " + MatchText.of(paths), event.time(), event, paths);
        }
    }

    private static void matchApp(IntrusionSecurityEvent event, CheckContext context) {
        String app = event.app();
        int colon = app.indexOf(':');
        List<IndicatorMatch> apps = context.indicators().matchAppId(colon < 0 ? app : app.substring(0, colon));
        if (!apps.isEmpty()) {
            context.indicatorAlert(AppMatches.level(apps), "Found a known malicious app in a security event ("
                    + event.tag() + "): " + app + " " + MatchText.of(apps) + AppMatches.note(apps), event.time(),
                    event, apps);
            return;
        }
        if (event.tag().equals("app_process_start")) {
            List<IndicatorMatch> processes = context.indicators().matchProcess(app);
            if (!processes.isEmpty()) {
                context.indicatorAlert(Level.CRITICAL, "Found a known malicious process started: " + app + " "
                        + MatchText.of(processes), event.time(), event, processes);
            }
        }
    }
}
