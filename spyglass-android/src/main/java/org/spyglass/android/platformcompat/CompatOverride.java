package org.spyglass.android.platformcompat;

import java.util.Objects;

/**
 * A compatibility change overridden for one package, from {@code dumpsys platform_compat}.
 *
 * @param changeId    the change's number
 * @param changeName  its name ({@code DOWNSCALED}, ...), null when not printed
 * @param packageName the package the override is for (installed or not)
 * @param override    the override as printed: from {@code rawOverrides} when there, else from
 *                    {@code packageOverrides} ({@code true}, {@code false}, or a {@code PackageOverride} text)
 * @param file        the device path of the dumpsys text
 */
public record CompatOverride(long changeId, String changeName, String packageName, String override, String file) {
    public CompatOverride {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(override, "override");
        Objects.requireNonNull(file, "file");
        if (packageName.isBlank()) {
            throw new IllegalArgumentException("a package name is needed");
        }
    }
}
