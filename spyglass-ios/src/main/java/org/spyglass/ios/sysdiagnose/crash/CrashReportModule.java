package org.spyglass.ios.sysdiagnose.crash;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * The crash and diagnostic reports ({@code .ips}) of a sysdiagnose, and those a filesystem dump keeps in the
 * device's CrashReporter folder (with its {@code Retired/} sub-folder): process names, paths and bug types.
 */
public final class CrashReportModule extends AbstractModule<CrashReport> {
    public static final String NAME = "crash_reports";
    /** Every report of the sysdiagnose, most of them in {@code crashes_and_spins/}. */
    public static final String GLOB = "/sysdiagnose/**/*.ips";
    /** Every report on the device itself, {@code Retired/} (reports already sent or rotated) included. */
    public static final String DEVICE_GLOB = "/private/var/mobile/Library/Logs/CrashReporter/**/*.ips";

    public CrashReportModule() {
        super(NAME, CrashReport.class,
                "Crash and diagnostic reports (.ips) of a sysdiagnose or a dump's CrashReporter folder: process "
                        + "names, paths and bundle ids matched, daemon lookalikes flagged",
                Set.of(SourceKind.IOS_SYSDIAGNOSE, SourceKind.IOS_FILESYSTEM), List.of(GLOB, DEVICE_GLOB));
    }

    @Override
    public Parser<CrashReport> parser() {
        return new IpsParser();
    }

    @Override
    public Checker<CrashReport> checker() {
        return new CrashReportChecker();
    }

    @Override
    public TimelineMapper<CrashReport> timeline() {
        return (report, out) -> {
            if (report.timestamp() != null) {
                out.accept(new TimelineEvent(report.timestamp(), NAME, "crash_report", "Report (bug type "
                        + (report.bugType() == null ? "unknown" : report.bugType()) + ") about "
                        + (report.process() == null ? "an unnamed process" : report.process())
                        + (report.pid() == null ? "" : " (pid " + report.pid() + ")") + ": " + report.file()));
            }
        };
    }

    /** The process a report is about, at the report's time. */
    @Override
    public ProcessExtractor<CrashReport> processes() {
        return (report, out) -> {
            String name = report.process();
            if (name != null && !name.isBlank()) {
                out.accept(new ProcessSighting(name, report.procPath(), report.timestamp(),
                        ProcessSighting.REPORT, report.file()));
            }
        };
    }
}
