package org.spyglass.android.batteryhistory;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An app event of the battery history ({@code dumpsys batterystats}, {@code Battery History}).
 *
 * @param elapsed       the time since the history's start as printed ({@code +1m02s003ms})
 * @param event         {@code start_job}, {@code end_job}, {@code start_top}, {@code end_top}, {@code wake},
 *                      {@code start_process}, {@code end_process}, {@code start_foreground},
 *                      {@code end_foreground}, {@code install_package} or {@code uninstall_package}
 * @param uid           the app's uid as printed ({@code u0a190}, {@code 1000})
 * @param packageName   the package (the text before {@code /} of the quoted name), null for a wake lock
 * @param name          the quoted name as printed (job service, package, wake lock tag)
 * @param localTime     the device-local wall-clock time, from the last {@code TIME:} line plus the elapsed time;
 *                      null when no {@code TIME:} line came before
 * @param time          {@code localTime} in UTC when the device's time zone is known, else null
 * @param timeInUtc     true when {@code time} is known
 * @param file          the device path of the dumpsys text
 */
public record BatteryEvent(String elapsed, String event, String uid, String packageName, String name,
                           String localTime, Instant time, boolean timeInUtc, String file) {
    public BatteryEvent {
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        if (localTime != null) {
            LocalDateTime.parse(localTime);
        }
        if (timeInUtc != (time != null) || time != null && localTime == null) {
            throw new IllegalArgumentException("a UTC time needs its local time, and timeInUtc says whether it is");
        }
    }
}
