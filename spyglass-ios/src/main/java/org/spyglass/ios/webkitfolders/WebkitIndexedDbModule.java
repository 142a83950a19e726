package org.spyglass.ios.webkitfolders;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** WebKit IndexedDB folders of apps: site origins matched. Names the folders it lists itself, so it declares no artifact. */
public final class WebkitIndexedDbModule extends AbstractModule<WebkitFolderRecord> {
    public static final String NAME = "webkit_indexeddb";
    private static final String APPS = "/private/var/mobile/Containers/Data/Application/*/Library/";
    /** The storage folders listed. */
    public static final List<String> FOLDERS = List.of(APPS + "WebKit/WebsiteData/IndexedDB");
    private static final String WHAT = "IndexedDB";

    public WebkitIndexedDbModule() {
        super(NAME, WebkitFolderRecord.class, "WebKit IndexedDB folders of apps: site origins matched", Set.of(SourceKind.IOS_FILESYSTEM), List.of());
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
        return new WebkitFolderTimeline(NAME, "webkit_indexeddb", WHAT);
    }
}
