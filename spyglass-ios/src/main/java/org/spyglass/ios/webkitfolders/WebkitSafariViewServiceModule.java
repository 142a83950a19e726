package org.spyglass.ios.webkitfolders;

import java.util.List;

/** WebKit data of in-app browsers (SafariViewService): site origins matched. */
public final class WebkitSafariViewServiceModule extends WebkitFolderModule {
    public static final String NAME = "webkit_safari_view_service";
    private static final String DATA = "/private/var/mobile/Containers/Data/Application/*/SystemData/"
            + "com.apple.SafariViewService/Library/WebKit/WebsiteData";
    /** The storage folders listed: the in-app browser's website data in each app container, and its two stores. */
    public static final List<String> FOLDERS = List.of(DATA, DATA + "/IndexedDB", DATA + "/LocalStorage");

    public WebkitSafariViewServiceModule() {
        super(NAME, "WebKit data of in-app browsers (SafariViewService): site origins matched", FOLDERS,
                "SafariViewService");
    }
}
