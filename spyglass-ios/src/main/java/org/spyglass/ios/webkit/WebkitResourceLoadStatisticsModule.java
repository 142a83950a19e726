package org.spyglass.ios.webkit;

import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Sites that apps' web views loaded resources from (WebKit observations.db of every app): sites matched. */
public final class WebkitResourceLoadStatisticsModule extends AbstractModule<ObservedDomain> {
    public static final String NAME = "webkit_resource_load_statistics";
    /** Any app domain's {@code Library/WebKit/WebsiteData/ResourceLoadStatistics/observations.db}. */
    public static final String FILE = "observations.db";

    public WebkitResourceLoadStatisticsModule() {
        super(NAME, ObservedDomain.class,
                "Sites apps' web views loaded resources from (WebKit observations.db): sites matched",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM),
                WebkitPaths.of(FILE, WebkitPaths.SAFARI_VIEW_SERVICE + FILE));
    }

    @Override
    public Parser<ObservedDomain> parser() {
        return new ResourceLoadStatisticsParser();
    }

    @Override
    public Checker<ObservedDomain> checker() {
        return new ResourceLoadStatisticsChecker();
    }

    @Override
    public TimelineMapper<ObservedDomain> timeline() {
        return new ResourceLoadStatisticsTimeline();
    }
}
