package org.spyglass.core.module;

import java.time.Instant;
import java.util.Objects;

/**
 * One place and time a process name was seen in the evidence, for {@code processes.json}. The engine adds the
 * module name.
 *
 * @param name     the process name as the artifact gives it (an executable's base name, not a path); not blank
 * @param path     the executable's path or the client as logged when the artifact gives one, else null
 * @param time     when it was seen, UTC, or null when the artifact gives no time (a process listing)
 * @param timeKind what {@code time} is, one short phrase ({@link #FIRST_SEEN}, {@link #LAST_SEEN}, {@link #REBOOT},
 *                 …); required with a time, and dropped (null) when {@code time} is null, so a module may pass
 *                 its kind for a record whose time is missing
 * @param artifact the device path of the file the name was read from, or null when the record does not say
 */
public record ProcessSighting(String name, String path, Instant time, String timeKind, String artifact) {
    public static final String FIRST_SEEN = "first seen";
    public static final String LAST_SEEN = "last seen";
    public static final String REBOOT = "reboot";
    public static final String REPORT = "report";
    public static final String DAY = "day";
    public static final String EVENT = "event";
    public static final String MODIFIED = "modified";

    public ProcessSighting {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a process name is not blank");
        }
        if (time == null) {
            timeKind = null;
        } else if (timeKind == null || timeKind.isBlank()) {
            throw new IllegalArgumentException("a time has a kind: " + time);
        }
    }

    /**
     * The last component of a path ({@code /usr/libexec/bh} gives {@code bh}), trailing slashes ignored; the value
     * itself when it has no slash; null for null or a path of slashes only.
     */
    public static String baseName(String path) {
        if (path == null) {
            return null;
        }
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        String name = path.substring(path.lastIndexOf('/', end - 1) + 1, end);
        return name.isBlank() ? null : name;
    }

    /** A sighting without time, as in a process listing. */
    public static ProcessSighting untimed(String name, String path, String artifact) {
        return new ProcessSighting(name, path, null, null, artifact);
    }
}
