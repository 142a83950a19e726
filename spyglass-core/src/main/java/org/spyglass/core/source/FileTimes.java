package org.spyglass.core.source;

import java.time.Instant;

/**
 * The times the evidence records for a file, in UTC: for a backup the three Manifest.db keeps (whole seconds), for a
 * folder those of the host file system. Each is null when the evidence does not record it.
 *
 * @param modified      last modification (mtime; Manifest.db's LastModified)
 * @param statusChanged last status change (ctime; LastStatusChange)
 * @param birth         creation (Birth)
 */
public record FileTimes(Instant modified, Instant statusChanged, Instant birth) {
    /** No time known. */
    public static final FileTimes UNKNOWN = new FileTimes(null, null, null);

    /** The same instant for all three, as for a file written once and never touched. */
    public static FileTimes all(Instant instant) {
        return new FileTimes(instant, instant, instant);
    }
}
