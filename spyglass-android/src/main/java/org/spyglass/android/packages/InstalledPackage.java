package org.spyglass.android.packages;

import java.time.Instant;
import java.util.Objects;

/**
 * A package listed by {@code dumpsys package} ({@code Packages:} block).
 *
 * @param packageName      the package
 * @param uid              the {@code userId} printed, or null
 * @param versionName      the {@code versionName}, or null
 * @param versionCode      the {@code versionCode} (its first word), or null
 * @param installer        the {@code installerPackageName}, or null (or {@code "null"} as printed)
 * @param system           true when {@code pkgFlags} holds {@code SYSTEM}
 * @param firstInstallTime device-local {@code firstInstallTime} as ISO-8601 without offset (User 0's when printed
 *                         per user), or null
 * @param lastUpdateTime   device-local {@code lastUpdateTime} as ISO-8601 without offset, or null
 * @param firstInstall     {@code firstInstallTime} in UTC when the device's time zone is known, else null
 * @param lastUpdate       {@code lastUpdateTime} in UTC when the device's time zone is known, else null
 * @param timeInUtc        true when the device's time zone is known, so the UTC times are filled
 * @param file             the device path of the dumpstate text
 */
public record InstalledPackage(String packageName, String uid, String versionName, String versionCode,
                               String installer, boolean system, String firstInstallTime, String lastUpdateTime,
                               Instant firstInstall, Instant lastUpdate, boolean timeInUtc, String file) {
    public InstalledPackage {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(file, "file");
        if (!timeInUtc && (firstInstall != null || lastUpdate != null)) {
            throw new IllegalArgumentException("UTC times need timeInUtc");
        }
    }
}
