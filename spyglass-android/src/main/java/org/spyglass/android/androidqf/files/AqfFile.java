package org.spyglass.android.androidqf.files;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an AndroidQF {@code files.json}: a file AndroidQF listed on the device. Its times are epoch seconds
 * on the device, so they are exact instants in UTC whatever the device's time zone.
 *
 * @param path     the file's absolute path on the device
 * @param size     its size in bytes, or null when not listed
 * @param mode     its permissions as listed ({@code -rwxr-xr-x}), or null
 * @param owner    the owning user's name (else id), or null
 * @param group    the owning group's name (else id), or null
 * @param changed  the status change time (ctime), or null when not listed or zero
 * @param modified the modification time (mtime), or null
 * @param accessed the access time (atime), or null
 * @param context  the SELinux context, or null
 * @param sha256   the SHA-256 digest in lower-case hex, or null when AndroidQF did not hash the file
 * @param sha1     the SHA-1 digest, or null
 * @param md5      the MD5 digest, or null
 * @param error    the error AndroidQF met reading the file, or null
 * @param file     the device path of the listing
 */
public record AqfFile(String path, Long size, String mode, String owner, String group, Instant changed,
                      Instant modified, Instant accessed, String context, String sha256, String sha1, String md5,
                      String error, String file) {
    public AqfFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
    }

    /** The last component of {@link #path()}. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
