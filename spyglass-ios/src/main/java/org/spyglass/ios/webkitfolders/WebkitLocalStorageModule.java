package org.spyglass.ios.webkitfolders;

import java.util.List;

/** WebKit LocalStorage of apps: site origins matched. */
public final class WebkitLocalStorageModule extends WebkitFolderModule {
    public static final String NAME = "webkit_local_storage";
    /** The storage folders listed. */
    public static final List<String> FOLDERS = List.of(APPS + "WebKit/WebsiteData/LocalStorage");

    public WebkitLocalStorageModule() {
        super(NAME, "WebKit LocalStorage of apps: site origins matched", FOLDERS, "LocalStorage");
    }
}
