package org.spyglass.ios.safari;

import java.util.List;

/**
 * Where Safari keeps a database: the mobile home (HomeDomain {@code Library/Safari/} in backups) and, in filesystem
 * dumps, Safari's app container; each with one copy per Safari profile (iOS 17 and later) under
 * {@code Profiles/<UUID>/}.
 */
final class SafariPaths {
    private static final String HOME = "/private/var/mobile/Library/Safari/";
    private static final String CONTAINERS = "/private/var/mobile/Containers/Data/Application/*/Library/Safari/";

    private SafariPaths() {
    }

    /** The four device-path globs of the database {@code name}. */
    static List<String> of(String name) {
        return List.of(HOME + name, HOME + "Profiles/*/" + name, CONTAINERS + name,
                CONTAINERS + "Profiles/*/" + name);
    }
}
