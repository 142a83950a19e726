package org.spyglass.ios.webkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Where WebKit keeps its resource-load statistics: under {@code Library/WebKit/WebsiteData/ResourceLoadStatistics/}
 * of any app (any app domain of a backup, any container of a filesystem dump) and of the mobile home, plus the
 * places filesystem dumps add.
 */
final class WebkitPaths {
    private static final String STATISTICS = "Library/WebKit/WebsiteData/ResourceLoadStatistics/";
    private static final List<String> ROOTS = List.of("/private/var/mobile/",
            "/private/var/mobile/Containers/Data/Application/*/",
            "/private/var/mobile/Containers/Data/PluginKitPlugin/*/",
            "/private/var/mobile/Containers/Shared/AppGroup/*/");
    /** The in-app browser (SFSafariViewController) of each app, in filesystem dumps. */
    static final String SAFARI_VIEW_SERVICE = "/private/var/mobile/Containers/Data/Application/*/SystemData/"
            + "com.apple.SafariViewService/Library/WebKit/WebsiteData/";

    private WebkitPaths() {
    }

    /** The globs of {@code name} under every statistics folder, then {@code extra}. */
    static List<String> of(String name, String... extra) {
        List<String> globs = new ArrayList<>();
        for (String root : ROOTS) {
            globs.add(root + STATISTICS + name);
        }
        globs.addAll(List.of(extra));
        return List.copyOf(globs);
    }
}
