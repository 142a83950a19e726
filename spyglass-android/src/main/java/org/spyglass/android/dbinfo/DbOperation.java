package org.spyglass.android.dbinfo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A recently executed SQLite operation, from {@code dumpsys dbinfo}.
 *
 * @param pid         the process that ran it, or -1 when not printed
 * @param processName the process name printed with the pid, or null
 * @param path        the database path (the operation's {@code path=}, else its connection pool's), or null
 * @param localTime   the device-local wall-clock time printed, ISO-8601 without offset
 * @param time        {@code localTime} in UTC when the device's time zone is known, else null
 * @param timeInUtc   true when {@code time} is known
 * @param operation   the operation ({@code executeForCursorWindow}, {@code prepare}, ...)
 * @param status      {@code succeeded}, {@code failed}, {@code running}, or null when not printed
 * @param sql         the statement as printed, or null
 * @param file        the device path of the dumpsys text
 */
public record DbOperation(long pid, String processName, String path, String localTime, Instant time,
                          boolean timeInUtc, String operation, String status, String sql, String file) {
    public DbOperation {
        Objects.requireNonNull(localTime, "localTime");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(file, "file");
        LocalDateTime.parse(localTime);
        if (timeInUtc != (time != null)) {
            throw new IllegalArgumentException("timeInUtc says whether the UTC time is known");
        }
    }

    /** The UTC time, or the local time read as UTC when the zone is unknown (for the timeline, which says so). */
    Instant timelineTime() {
        return timeInUtc ? time : LocalDateTime.parse(localTime).toInstant(ZoneOffset.UTC);
    }
}
