package org.spyglass.ios.versionhistory;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * The iOS versions the phone ran over time, from the headers of analyticsd's journals: when it was updated, which
 * tells which exploits it was exposed to. Timeline only.
 */
public final class IosVersionHistoryModule extends AbstractModule<IosVersionRecord> {
    public static final String NAME = "ios_version_history";

    public IosVersionHistoryModule() {
        super(NAME, IosVersionRecord.class, "iOS versions over time (analyticsd journals): timeline only",
                Set.of(SourceKind.IOS_FILESYSTEM), List.of("/private/var/db/analyticsd/Analytics-Journal-*.ips"));
    }

    @Override
    public Parser<IosVersionRecord> parser() {
        return new IosVersionHistoryParser();
    }

    @Override
    public TimelineMapper<IosVersionRecord> timeline() {
        return new IosVersionHistoryTimeline();
    }
}
