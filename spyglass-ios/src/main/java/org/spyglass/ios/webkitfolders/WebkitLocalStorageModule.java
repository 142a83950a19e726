package org.spyglass.ios.webkitfolders;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** WebKit LocalStorage of apps: site origins matched. Names the folders it lists itself, so it declares no artifact. */
public final class WebkitLocalStorageModule extends AbstractModule<WebkitFolderRecord> {
    public static final String NAME = "webkit_local_storage";
    private static final String APPS = "/private/var/mobile/Containers/Data/Application/*/Library/";
    /** The storage folders listed. */
    public static final List<String> FOLDERS = List.of(APPS + "WebKit/WebsiteData/LocalStorage");
    private static final String WHAT = "LocalStorage";

    public WebkitLocalStorageModule() {
        super(NAME, WebkitFolderRecord.class, "WebKit LocalStorage of apps: site origins matched", Set.of(SourceKind.IOS_FILESYSTEM), List.of());
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
        return new WebkitFolderTimeline(NAME, "webkit_local_storage", WHAT);
    }
}
