package org.spyglass.ios.analytics;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * The iOS builds the phone ran, from the Keychain analytics databases: the first time each {@code build} appears,
 * with its version when known. Timeline only: it tells which iOS (and so which exploits) the phone was exposed to.
 */
public final class AnalyticsIosVersionsModule extends AbstractModule<AnalyticsIosVersion> {
    public static final String NAME = "analytics_ios_versions";

    public AnalyticsIosVersionsModule() {
        super(NAME, AnalyticsIosVersion.class, "iOS builds first seen in the Keychain analytics databases: timeline "
                + "only", Set.of(SourceKind.IOS_FILESYSTEM), List.of(AnalyticsEvents.ARTIFACTS));
    }

    @Override
    public Parser<AnalyticsIosVersion> parser() {
        return new AnalyticsIosVersionsParser();
    }

    @Override
    public TimelineMapper<AnalyticsIosVersion> timeline() {
        return AnalyticsIosVersionsModule::event;
    }

    private static void event(AnalyticsIosVersion record, Consumer<TimelineEvent> out) {
        out.accept(new TimelineEvent(record.isodate(), NAME, "analytics_ios_version", "Recorded iOS version: "
                + (record.version() == null ? "build " + record.build() : record.version() + " (" + record.build()
                + ")")));
    }
}
