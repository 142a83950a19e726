package org.spyglass.android.appops;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One app operation entry of {@code dumpsys appops}: a package's use of (or refusal for) a permission, or, when the
 * permission lists no entry, the permission with its mode alone.
 *
 * @param uid         the {@code Uid} block it sits in, as printed ({@code 0}, {@code u0a123})
 * @param packageName the package
 * @param permission  the operation ({@code CAMERA}, {@code REQUEST_INSTALL_PACKAGES}, ...)
 * @param mode        the mode printed with it ({@code allow}, {@code ignore}, ...)
 * @param access      {@code Access} or {@code Reject}; null for a permission without entries
 * @param type        the entry's state in brackets ({@code fg-s}, {@code top}, ...); null without entry
 * @param localTime   the entry's device-local wall-clock time, ISO-8601 without offset
 *                    ({@code 2024-02-28T22:41:07.512}); null without entry
 * @param time        {@code localTime} in UTC when the device's time zone is known, else null
 * @param timeInUtc   true when {@code time} is known, false when only the local time is
 * @param file        the device path of the dumpstate text
 */
public record AppOp(String uid, String packageName, String permission, String mode, String access, String type,
                    String localTime, Instant time, boolean timeInUtc, String file) {
    public AppOp {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(file, "file");
        if (time != null && localTime == null || timeInUtc != (time != null)) {
            throw new IllegalArgumentException("a UTC time needs its local time, and timeInUtc says whether it is");
        }
    }

    /** The local time read as if it were UTC (for ordering when the time zone is unknown); null without entry. */
    Instant localTimeAsUtc() {
        return localTime == null ? null : LocalDateTime.parse(localTime).toInstant(ZoneOffset.UTC);
    }
}
