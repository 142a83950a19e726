package org.spyglass.ios.osanalytics;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Daily network-usage baselines per process (com.apple.osanalytics.addaily.plist): process names matched. */
public final class OsAnalyticsAdDailyModule extends AbstractModule<NetUsageBaseline> {
    public static final String NAME = "os_analytics_ad_daily";
    /**
     * HomeDomain {@code Library/Preferences/com.apple.osanalytics.addaily.plist}, fileID
     * f65b5fafc69bbd3c60be019c6e938e146825fa83 (the same path in file-system dumps).
     */
    public static final String PATH = "/private/var/mobile/Library/Preferences/com.apple.osanalytics.addaily.plist";

    public OsAnalyticsAdDailyModule() {
        super(NAME, NetUsageBaseline.class,
                "Daily network usage per process (com.apple.osanalytics.addaily.plist): process names matched",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(PATH));
    }

    @Override
    public Parser<NetUsageBaseline> parser() {
        return new OsAnalyticsAdDailyParser();
    }

    @Override
    public Checker<NetUsageBaseline> checker() {
        return new OsAnalyticsAdDailyChecker();
    }

    @Override
    public TimelineMapper<NetUsageBaseline> timeline() {
        return new OsAnalyticsAdDailyTimeline();
    }

    /** Each process of {@code netUsageBaseline}, on the entry's day. */
    @Override
    public ProcessExtractor<NetUsageBaseline> processes() {
        return (entry, out) -> {
            if (!entry.process().isBlank()) {
                out.accept(new ProcessSighting(entry.process(), null, entry.ts(),
                        ProcessSighting.DAY, PATH));
            }
        };
    }
}
