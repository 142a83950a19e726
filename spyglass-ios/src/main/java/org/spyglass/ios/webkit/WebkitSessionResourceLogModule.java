package org.spyglass.ios.webkit;

import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Sites, redirects and third parties in WebKit's browsing session resource logs: every domain matched. */
public final class WebkitSessionResourceLogModule extends AbstractModule<BrowsingStatistic> {
    public static final String NAME = "webkit_session_resource_log";
    /**
     * Any app domain's {@code Library/WebKit/WebsiteData/ResourceLoadStatistics/} holds it; Safari's (the fileID
     * a500ee38053454a02e990957be8a251935e28d3f is AppDomain-com.apple.mobilesafari's) is the one that matters most.
     */
    public static final String FILE = "full_browsing_session_resourceLog.plist";

    public WebkitSessionResourceLogModule() {
        super(NAME, BrowsingStatistic.class,
                "Sites, redirects and third parties in WebKit browsing session resource logs: domains matched",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM),
                WebkitPaths.of(FILE, WebkitPaths.SAFARI_VIEW_SERVICE + FILE,
                        "/private/var/mobile/Library/WebClips/*/Storage/" + FILE));
    }

    @Override
    public Parser<BrowsingStatistic> parser() {
        return new SessionResourceLogParser();
    }

    @Override
    public Checker<BrowsingStatistic> checker() {
        return new SessionResourceLogChecker();
    }

    @Override
    public TimelineMapper<BrowsingStatistic> timeline() {
        return new SessionResourceLogTimeline();
    }
}
