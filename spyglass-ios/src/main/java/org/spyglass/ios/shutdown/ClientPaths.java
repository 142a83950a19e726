package org.spyglass.ios.shutdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a shutdown.log client path says: the executable without iOS 26's UUID suffix, its components, its folder. */
final class ClientPaths {
    private static final Pattern UUID_SUFFIX = Pattern.compile(
            "/[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$");
    /** Where Pegasus and Reign (/private/var/db/) and Predator (/private/var/tmp/) ran from (Kaspersky, 2024). */
    private static final List<String> SUSPICIOUS_FOLDERS = List.of("/private/var/db/", "/private/var/tmp/",
            "/var/db/", "/var/tmp/");
    /**
     * Genuine clients in those folders. {@code UpdateBrainService}, Apple's software-update helper, is staged by
     * roleaccountd under {@code /private/var/db/com.apple.xpc.roleaccountd.staging/} as
     * {@code com.apple.MobileSoftwareUpdate.UpdateBrainService.<n>.xpc} (the osquery-defense-kit detection queries
     * of chainguard-dev allow exactly this path on macOS; iOS stages the same service, without
     * {@code Contents/MacOS/}). Only this exact shape passes: Pegasus used the same staging folder under other
     * names ({@code com.apple.WebKit.Networking}, {@code rolexd}, {@code subridged}), and those stay flagged.
     */
    private static final List<Pattern> GENUINE = List.of(Pattern.compile(
            "/private/var/db/com\\.apple\\.xpc\\.roleaccountd\\.staging/"
                    + "com\\.apple\\.MobileSoftwareUpdate\\.UpdateBrainService\\.\\d+\\.xpc/(?:Contents/MacOS/)?"
                    + "com\\.apple\\.MobileSoftwareUpdate\\.UpdateBrainService"));

    private ClientPaths() {
    }

    /** The client path without a trailing {@code /<UUID>}. */
    static String executable(String client) {
        return UUID_SUFFIX.matcher(client).replaceFirst("");
    }

    /** The distinct non-empty components of the executable path, last one first (the process name). */
    static List<String> components(String client) {
        String[] parts = executable(client).split("/");
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty()) {
                distinct.add(parts[i]);
            }
        }
        return new ArrayList<>(distinct);
    }

    /** The suspicious folder the executable lies in, or null (also for the genuine clients there). */
    static String suspiciousFolder(String client) {
        String executable = executable(client);
        for (String folder : SUSPICIOUS_FOLDERS) {
            if (executable.startsWith(folder)) {
                return GENUINE.stream().anyMatch(p -> p.matcher(executable).matches()) ? null : folder;
            }
        }
        return null;
    }
}
