package org.spyglass.core.source;

import java.util.Objects;

/**
 * A file of the evidence as the device knew it.
 *
 * @param devicePath   the absolute path on the device, e.g. {@code /private/var/mobile/Library/SMS/sms.db}
 * @param domain       the backup domain ({@code HomeDomain}), or null outside backups
 * @param relativePath the path relative to the domain's root, or null outside backups
 * @param id           the backup fileID (sha1 of domain-relativePath), or null outside backups
 */
public record EvidenceFile(String devicePath, String domain, String relativePath, String id) {
    public EvidenceFile {
        Objects.requireNonNull(devicePath, "devicePath");
        if (!devicePath.startsWith("/")) {
            throw new IllegalArgumentException("device paths are absolute: " + devicePath);
        }
    }

    /** The last path component. */
    public String name() {
        return devicePath.substring(devicePath.lastIndexOf('/') + 1);
    }
}
