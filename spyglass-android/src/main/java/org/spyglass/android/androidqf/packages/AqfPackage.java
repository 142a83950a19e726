package org.spyglass.android.androidqf.packages;

import java.util.List;
import java.util.Objects;

/**
 * One installed package of an AndroidQF {@code packages.json}.
 *
 * @param name       the package name (application id), never null
 * @param files      its APK files with their hashes and signing certificate
 * @param installer  the package that installed it as AndroidQF recorded it; null when absent or the string
 *                   {@code "null"} (Android knows no installer: installed through adb, or preinstalled)
 * @param uid        the Linux user id, or null when not recorded
 * @param disabled   whether the package is disabled
 * @param system     whether it is a system package
 * @param thirdParty whether it is a third-party package
 * @param file       the device path of {@code packages.json}
 */
public record AqfPackage(String name, List<PackageFile> files, String installer, Long uid, boolean disabled,
                         boolean system, boolean thirdParty, String file) {
    public AqfPackage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        files = List.copyOf(files);
    }
}
