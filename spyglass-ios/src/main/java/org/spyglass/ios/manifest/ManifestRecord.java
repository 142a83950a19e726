package org.spyglass.ios.manifest;

import java.time.Instant;

/**
 * One row of the backup's Manifest.db ({@code Files}): a file, folder or link, with the metadata of its
 * {@code file} blob. Fields follow MVT's names, plus the absolute device path. Times and metadata are null when the
 * row has no blob or the blob could not be decoded.
 *
 * @param fileId        {@code fileID}
 * @param domain        the backup domain
 * @param relativePath  the path inside the domain
 * @param flags         1 file, 2 folder, 4 symbolic link
 * @param created       Birth, UTC
 * @param modified      LastModified, UTC
 * @param statusChanged LastStatusChange, UTC
 * @param mode          the Unix mode in octal as MVT writes it, e.g. {@code 0o100644}
 * @param owner         the owner's uid (501 is {@code mobile})
 * @param size          bytes
 * @param devicePath    the absolute path on the device, null when the row has no domain
 */
public record ManifestRecord(String fileId, String domain, String relativePath, Long flags, Instant created,
                             Instant modified, Instant statusChanged, String mode, Long owner, Long size,
                             String devicePath) {

    /** The time to date an alert with: modified, else birth, else status change; null when none. */
    public Instant eventTime() {
        return modified != null ? modified : created != null ? created : statusChanged;
    }
}
