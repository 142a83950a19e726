package org.spyglass.android.batterydaily;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A package update recorded in the daily stats of {@code dumpsys batterystats}.
 *
 * @param packageName the package
 * @param version     the version code it was updated to ({@code 0}: uninstalled)
 * @param from        the first day of the daily period, {@code YYYY-MM-DD} (a device-local date)
 * @param to          the last day of the daily period, {@code YYYY-MM-DD} (a device-local date)
 * @param file        the device path of the dumpstate text
 */
public record DailyUpdate(String packageName, long version, String from, String to, String file) {
    public DailyUpdate {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(file, "file");
        LocalDate.parse(from);
        LocalDate.parse(to);
    }
}
