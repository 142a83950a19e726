package org.spyglass.ios.webkitfolders;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** WebKit data of in-app browsers (SafariViewService): site origins matched. Names the folders it lists itself, so it declares no artifact. */
public final class WebkitSafariViewServiceModule extends AbstractModule<WebkitFolderRecord> {
    public static final String NAME = "webkit_safari_view_service";
    private static final String DATA = "/private/var/mobile/Containers/Data/Application/*/SystemData/"
            + "com.apple.SafariViewService/Library/WebKit/WebsiteData";
    /** The storage folders listed: the in-app browser's website data in each app container, and its two stores. */
    public static final List<String> FOLDERS = List.of(DATA, DATA + "/IndexedDB", DATA + "/LocalStorage");
    private static final String WHAT = "SafariViewService";

    public WebkitSafariViewServiceModule() {
        super(NAME, WebkitFolderRecord.class, "WebKit data of in-app browsers (SafariViewService): site origins matched", Set.of(SourceKind.IOS_FILESYSTEM), List.of());
    }

    @Override
    public Parser<WebkitFolderRecord> parser() {
        return new WebkitFolderParser(FOLDERS, WHAT);
    }

    @Override
    public Checker<WebkitFolderRecord> checker() {
        return new WebkitFolderChecker(WHAT);
    }

    @Override
    public TimelineMapper<WebkitFolderRecord> timeline() {
        return new WebkitFolderTimeline(NAME, "webkit_safari_view_service", WHAT);
    }
}
