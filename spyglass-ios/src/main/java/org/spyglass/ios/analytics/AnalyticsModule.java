package org.spyglass.ios.analytics;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * The Keychain analytics databases of a filesystem dump (securityd's failure and event records): every string of
 * every event's property list matched against process and URL indicators.
 */
public final class AnalyticsModule extends AbstractModule<AnalyticsRecord> {
    public static final String NAME = "analytics";

    public AnalyticsModule() {
        super(NAME, AnalyticsRecord.class, "Keychain analytics databases: plist strings matched as processes and URLs",
                Set.of(SourceKind.IOS_FILESYSTEM), List.of(AnalyticsEvents.ARTIFACTS));
    }

    @Override
    public Parser<AnalyticsRecord> parser() {
        return context -> AnalyticsEvents.read(context, event -> context.emit(new AnalyticsRecord(
                event.file().devicePath(), event.artifact(), event.table(), event.time(), event.data())));
    }

    @Override
    public Checker<AnalyticsRecord> checker() {
        return new AnalyticsChecker();
    }

    @Override
    public TimelineMapper<AnalyticsRecord> timeline() {
        return new AnalyticsTimeline();
    }
}
