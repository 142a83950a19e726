package org.spyglass.android.timestamps;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The modification time of a file copied from the phone into a bugreport ({@code FS/...}).
 *
 * @param path       the path inside the bugreport ({@code /FS/data/tombstones/tombstone_00})
 * @param devicePath the file's path on the phone ({@code /data/tombstones/tombstone_00})
 * @param localTime  the device-local wall-clock modification time (the zip entry time), ISO-8601 without offset
 * @param time       {@code localTime} in UTC when the device's time zone is known, else null
 * @param timeInUtc  true when {@code time} is known
 */
public record BugreportFileTime(String path, String devicePath, String localTime, Instant time, boolean timeInUtc) {
    public BugreportFileTime {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(devicePath, "devicePath");
        Objects.requireNonNull(localTime, "localTime");
        LocalDateTime.parse(localTime);
        if (timeInUtc != (time != null)) {
            throw new IllegalArgumentException("timeInUtc says whether the UTC time is known");
        }
    }
}
