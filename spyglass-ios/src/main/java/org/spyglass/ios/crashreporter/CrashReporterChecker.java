package org.spyglass.ios.crashreporter;

import org.spyglass.core.Level;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;

/** Flags a CrashReporter preference that turns crash reporting off. */
final class CrashReporterChecker implements Checker<CrashReporterSettings> {
    static final Heuristic SUBMISSION_OFF = new Heuristic("ios.crash_reporter.submission-off", Level.MEDIUM,
            "This file tells iOS not to send crash reports to Apple. Amnesty International found that Pegasus "
                    + "wrote it, so that crashes of its exploits would not reach Apple, and that it appeared "
                    + "around the time of infection. Ordinary phones usually do not have it; developer phones "
                    + "often do (with reporting on), and a developer or a management tool can also turn it "
                    + "off, so it is a lead to check against the timeline, not proof.");

    @Override
    public void check(CrashReporterSettings settings, CheckContext context) {
        if (Boolean.FALSE.equals(settings.shouldSubmit())) {
            context.heuristicAlert(SUBMISSION_OFF, "Crash reporting is turned off in " + settings.path()
                    + " (ShouldSubmit = false)" + (settings.written() == null ? ""
                    : "; the file was written on " + settings.written()), settings.written(), settings);
        }
    }
}
