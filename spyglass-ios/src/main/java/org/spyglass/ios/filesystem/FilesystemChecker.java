package org.spyglass.ios.filesystem;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicator;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;

/**
 * Matches each entry's absolute path (component-aware, file names included) and its own name as a process name
 * against the indicators, HIGH as in MVT, and flags the places Amnesty's Pegasus methodology names. A folder that
 * matches a file-path indicator is alerted once: the entries under it, which match the same indicator, are not
 * alerted again (they are in {@code filesystem.json}). The walk gives each folder before its content, so only the
 * matched folder indicators are remembered.
 */
final class FilesystemChecker implements Checker<FilesystemRecord> {
    /** The folder Pegasus staged its binaries in. */
    static final String STAGING = "/private/var/db/com.apple.xpc.roleaccountd.staging";
    static final String LAUNCH_FILE = "roleaccountd.plist";
    static final Heuristic STAGED = new Heuristic("ios.filesystem.roleaccountd-staging", Level.HIGH,
            "Amnesty International found Pegasus binaries staged in /private/var/db/com.apple.xpc.roleaccountd."
                    + "staging/ before they ran. Anything in that folder deserves an expert's look: compare it with "
                    + "the timeline and the process names of the other artifacts. Recent Pegasus versions do not "
                    + "survive a reboot, so an empty folder proves nothing either way.");
    static final Heuristic LAUNCH = new Heuristic("ios.filesystem.roleaccountd-launch-file", Level.HIGH,
            "roleaccountd.plist is the launch file Amnesty International found with Pegasus, which ran a process "
                    + "named roleaccountd; iOS has no genuine program of that name.");

    private final Set<Indicator> alertedFolders = new HashSet<>();

    @Override
    public void check(FilesystemRecord record, CheckContext context) {
        checkPath(record, context);
        List<IndicatorMatch> processes = context.indicators().matchProcess(record.name()).stream()
                .filter(match -> match.indicator().value().equals(record.name())).toList();
        if (!processes.isEmpty()) {
            context.indicatorAlert(Level.HIGH, "Found a known spyware process name as a file or folder name in "
                    + "the dump: " + record.path() + " " + MatchText.of(processes), record.modified(), record,
                    processes);
        }
        if (record.path().startsWith(STAGING + "/") && record.path().indexOf('/', STAGING.length() + 1) < 0) {
            context.heuristicAlert(STAGED, "The roleaccountd staging folder holds a " + record.type() + ": "
                    + record.path(), record.modified(), record);
        }
        if (record.name().equals(LAUNCH_FILE)) {
            context.heuristicAlert(LAUNCH, "Found Pegasus's launch file name " + LAUNCH_FILE + ": " + record.path(),
                    record.modified(), record);
        }
    }

    private void checkPath(FilesystemRecord record, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchFilePath(record.path()).stream()
                .filter(match -> !alertedFolders.contains(match.indicator())).toList();
        if (matches.isEmpty()) {
            return;
        }
        context.indicatorAlert(Level.HIGH, "Found a known spyware file path in the dump: " + record.path() + " "
                + MatchText.of(matches), record.modified(), record, matches);
        if (record.isDirectory()) {
            matches.stream().map(IndicatorMatch::indicator)
                    .filter(indicator -> indicator.type() == IndicatorType.FILE_PATH).forEach(alertedFolders::add);
        }
    }
}
