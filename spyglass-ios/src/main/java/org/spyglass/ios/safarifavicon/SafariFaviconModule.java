package org.spyglass.ios.safarifavicon;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Safari's favicon cache (Favicons.db): the pages whose icons Safari fetched, matched against URL indicators. */
public final class SafariFaviconModule extends AbstractModule<SafariFavicon> {
    public static final String NAME = "safari_favicon";
    private static final String FAVICONS = "Library/Image Cache/Favicons/Favicons.db";

    public SafariFaviconModule() {
        super(NAME, SafariFavicon.class, "Safari's favicon cache (Favicons.db): page and icon URLs matched",
                Set.of(SourceKind.IOS_FILESYSTEM), List.of("/private/var/mobile/" + FAVICONS,
                        "/private/var/mobile/Containers/Data/Application/*/" + FAVICONS));
    }

    @Override
    public Parser<SafariFavicon> parser() {
        return new SafariFaviconParser();
    }

    @Override
    public Checker<SafariFavicon> checker() {
        return new SafariFaviconChecker();
    }

    @Override
    public TimelineMapper<SafariFavicon> timeline() {
        return new SafariFaviconTimeline();
    }
}
