package org.spyglass.android.getprop;

import java.util.Objects;

/**
 * One system property of the bugreport's getprop block.
 *
 * @param name  the property name
 * @param value the value as printed (may be empty)
 * @param file  the device path of the dumpstate text
 */
public record SystemProperty(String name, String value, String file) {
    public SystemProperty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(file, "file");
    }
}
