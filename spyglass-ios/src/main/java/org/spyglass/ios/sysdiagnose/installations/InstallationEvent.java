package org.spyglass.ios.sysdiagnose.installations;

import java.time.Instant;
import java.util.Objects;

/**
 * One install, update or uninstall step of an app, from a sysdiagnose's {@code mobile_installation.log}.
 *
 * @param time          when, converted from the device-local time the log prints
 * @param utcAssumed    true when the device's time zone was unknown and the local time was read as UTC
 * @param bundleId      the app's (or extension's) bundle id
 * @param action        what happened
 * @param containerPath the container path the message names, or null when it names none
 * @param file          the device path of the log
 */
public record InstallationEvent(Instant time, boolean utcAssumed, String bundleId, InstallAction action,
                                String containerPath, String file) {
    public InstallationEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(bundleId, "bundleId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(file, "file");
        if (bundleId.isBlank()) {
            throw new IllegalArgumentException("bundleId is blank");
        }
    }
}
