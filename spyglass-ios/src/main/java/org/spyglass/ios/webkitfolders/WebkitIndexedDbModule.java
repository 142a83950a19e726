package org.spyglass.ios.webkitfolders;

import java.util.List;

/** WebKit IndexedDB folders of apps: site origins matched. */
public final class WebkitIndexedDbModule extends WebkitFolderModule {
    public static final String NAME = "webkit_indexeddb";
    /** The storage folders listed. */
    public static final List<String> FOLDERS = List.of(APPS + "WebKit/WebsiteData/IndexedDB");

    public WebkitIndexedDbModule() {
        super(NAME, "WebKit IndexedDB folders of apps: site origins matched", FOLDERS, "IndexedDB");
    }
}
