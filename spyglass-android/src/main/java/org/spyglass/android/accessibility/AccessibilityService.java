package org.spyglass.android.accessibility;

import java.util.Objects;

/**
 * An accessibility service listed by {@code dumpsys accessibility}.
 *
 * @param packageName the app that provides it
 * @param service     the service class, as printed after the {@code /}
 * @param enabled     true when the service is in the {@code Enabled services} list; false when it is only installed;
 *                    null when the section prints no enabled list (older Android versions)
 * @param file        the device path of the dumpstate text
 */
public record AccessibilityService(String packageName, String service, Boolean enabled, String file) {
    public AccessibilityService {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(file, "file");
    }
}
