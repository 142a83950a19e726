package org.spyglass.android.androidqf.getprop;

import java.time.Instant;
import java.util.Objects;

/**
 * One system property of an AndroidQF {@code getprop.txt}.
 *
 * @param name     the property name
 * @param value    its value, possibly empty
 * @param acquired when the acquisition started (UTC; see {@code acquisition_started} in the device facts), against
 *                 which the security patch level is judged; null when unknown
 * @param file     the device path of {@code getprop.txt}
 */
public record AqfProperty(String name, String value, Instant acquired, String file) {
    public AqfProperty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(file, "file");
    }
}
