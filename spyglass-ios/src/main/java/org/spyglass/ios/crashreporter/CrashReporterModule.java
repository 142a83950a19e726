package org.spyglass.ios.crashreporter;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** The crash reporting preference (com.apple.CrashReporter.plist): crash reporting turned off is flagged. */
public final class CrashReporterModule extends AbstractModule<CrashReporterSettings> {
    public static final String NAME = "crash_reporter";
    /** RootDomain {@code Library/Preferences/com.apple.CrashReporter.plist} (fileID 5c5d55b2…). */
    public static final String ROOT_PATH = "/private/var/root/Library/Preferences/com.apple.CrashReporter.plist";
    /** HomeDomain {@code Library/Preferences/com.apple.CrashReporter.plist} (fileID 80ef37a6…). */
    public static final String MOBILE_PATH = "/private/var/mobile/Library/Preferences/com.apple.CrashReporter.plist";

    public CrashReporterModule() {
        super(NAME, CrashReporterSettings.class,
                "Crash reporting preference (com.apple.CrashReporter.plist): reporting turned off flagged",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(ROOT_PATH, MOBILE_PATH));
    }

    @Override
    public Parser<CrashReporterSettings> parser() {
        return new CrashReporterParser();
    }

    @Override
    public Checker<CrashReporterSettings> checker() {
        return new CrashReporterChecker();
    }

    @Override
    public TimelineMapper<CrashReporterSettings> timeline() {
        return new CrashReporterTimeline();
    }
}
