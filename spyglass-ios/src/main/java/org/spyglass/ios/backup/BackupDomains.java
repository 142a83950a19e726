package org.spyglass.ios.backup;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where each backup domain lives on the device, so that every backup file gets its absolute device path. The table
 * is the whole mapping; a domain it does not know is placed under {@link #UNKNOWN_ROOT}{@code /<domain>}, a path
 * that exists on no device, so it never looks like a real location. Stateless and thread-safe.
 */
public final class BackupDomains {
    /** The root for domains this table does not know. */
    public static final String UNKNOWN_ROOT = "/unknown-backup-domain";

    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("HomeDomain", "/private/var/mobile"),
            Map.entry("RootDomain", "/private/var/root"),
            Map.entry("WirelessDomain", "/private/var/wireless"),
            Map.entry("ManagedPreferencesDomain", "/private/var/Managed Preferences"),
            Map.entry("MediaDomain", "/private/var/mobile"),
            Map.entry("CameraRollDomain", "/private/var/mobile"),
            Map.entry("KeychainDomain", "/private/var/Keychains"),
            Map.entry("SystemPreferencesDomain", "/private/var/preferences"),
            Map.entry("DatabaseDomain", "/private/var/db"),
            Map.entry("MobileDeviceDomain", "/private/var/MobileDevice"),
            Map.entry("InstallDomain", "/private/var/installd"),
            Map.entry("TonesDomain", "/private/var/mobile"),
            Map.entry("HealthDomain", "/private/var/mobile/Library"),
            Map.entry("KeyboardDomain", "/private/var/mobile"),
            Map.entry("ProtectedDomain", "/private/var/protected"),
            Map.entry("NetworkDomain", "/private/var/networkd"),
            Map.entry("BooksDomain", "/private/var/mobile/Media/Books"));

    /** Prefixed domains: {@code <prefix><identifier>} lives at {@code <root>/<identifier>}. Longest prefix first. */
    private static final List<Map.Entry<String, String>> PREFIXED = List.of(
            Map.entry("AppDomainGroup-", "/private/var/mobile/Containers/Shared/AppGroup"),
            Map.entry("AppDomainPlugin-", "/private/var/mobile/Containers/Data/PluginKitPlugin"),
            Map.entry("AppDomain-", "/private/var/mobile/Containers/Data/Application"),
            Map.entry("SysSharedContainerDomain-", "/private/var/containers/Shared/SystemGroup"),
            Map.entry("SysContainerDomain-", "/private/var/containers/Data/System"));

    private BackupDomains() {
    }

    /** The device folder that holds the domain's files. */
    public static String root(String domain) {
        Objects.requireNonNull(domain, "domain");
        String fixed = FIXED.get(domain);
        if (fixed != null) {
            return fixed;
        }
        for (Map.Entry<String, String> prefixed : PREFIXED) {
            String identifier = domain.startsWith(prefixed.getKey())
                    ? domain.substring(prefixed.getKey().length()) : "";
            if (isSafeComponent(identifier)) {
                return prefixed.getValue() + "/" + identifier;
            }
        }
        return UNKNOWN_ROOT + "/" + (isSafeComponent(domain) ? domain : "_");
    }

    /** True when the table knows the domain (a fixed name or a known prefix). */
    public static boolean isKnown(String domain) {
        return !root(domain).startsWith(UNKNOWN_ROOT + "/");
    }

    /** The absolute device path of a file given by domain and relative path (empty for the domain's root). */
    public static String devicePath(String domain, String relativePath) {
        String root = root(domain);
        if (relativePath == null || relativePath.isEmpty()) {
            return root;
        }
        return root + (relativePath.startsWith("/") ? "" : "/") + relativePath;
    }

    private static boolean isSafeComponent(String identifier) {
        return !identifier.isEmpty() && !identifier.equals(".") && !identifier.equals("..")
                && identifier.indexOf('/') < 0;
    }
}
