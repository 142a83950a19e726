package org.spyglass.ios.backup.write;

import java.time.Instant;
import java.util.Objects;

/**
 * The three times Manifest.db keeps for a backup file (whole seconds are stored).
 *
 * @param modified      LastModified (mtime)
 * @param statusChanged LastStatusChange (ctime)
 * @param birth         Birth (creation time)
 */
public record FileTimes(Instant modified, Instant statusChanged, Instant birth) {
    public FileTimes {
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(statusChanged, "statusChanged");
        Objects.requireNonNull(birth, "birth");
    }

    /** The same instant for all three, as for a file written once and never touched. */
    public static FileTimes all(Instant instant) {
        return new FileTimes(instant, instant, instant);
    }
}
