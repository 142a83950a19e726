package org.spyglass.ios.fs;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a filesystem dump as the host holds it: a file, a folder or a link (not followed).
 *
 * @param devicePath the absolute, canonical device path ({@code /private/var/...})
 * @param type       what the entry is
 * @param modified   the host modification time, which a careful copy keeps from the device; UTC
 * @param size       bytes (for a link, the length of its target; for a folder, what the host reports)
 */
public record DumpEntry(String devicePath, Type type, Instant modified, long size) {
    /** The kind of entry. */
    public enum Type {
        FILE, DIRECTORY, LINK, OTHER
    }

    public DumpEntry {
        Objects.requireNonNull(devicePath, "devicePath");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modified, "modified");
        if (!devicePath.startsWith("/")) {
            throw new IllegalArgumentException("device paths are absolute: " + devicePath);
        }
    }

    /** The last path component. */
    public String name() {
        return devicePath.substring(devicePath.lastIndexOf('/') + 1);
    }
}
