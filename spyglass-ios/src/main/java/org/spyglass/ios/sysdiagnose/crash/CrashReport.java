package org.spyglass.ios.sysdiagnose.crash;

import java.time.Instant;
import java.util.Objects;

/**
 * One crash or diagnostic report ({@code .ips}) of a sysdiagnose: its JSON header line and the process it is about.
 *
 * @param file       the device path of the report
 * @param bugType    {@code bug_type}: 109 and 309 are crashes, 288 and 298 hangs and spins, 210 panics, 211
 *                   analytics, …; null when absent
 * @param name       {@code name} (else {@code app_name}) of the header, or null
 * @param timestamp  {@code timestamp} of the header ({@code 2024-03-02 10:15:30.00 +0100}), UTC; null when absent
 *                   or unreadable
 * @param osVersion  {@code os_version}, e.g. {@code iPhone OS 17.3 (21D61)}, or null
 * @param bundleId   {@code bundleID}, or null
 * @param incidentId {@code incident_id}, or null
 * @param procName   the body's process name ({@code procName}, or {@code Process:} in older text reports), or null
 * @param procPath   the body's executable path ({@code procPath}, or {@code Path:}), or null
 * @param pid        the body's process id, or null
 */
public record CrashReport(String file, String bugType, String name, Instant timestamp, String osVersion,
                          String bundleId, String incidentId, String procName, String procPath, Long pid) {
    public CrashReport {
        Objects.requireNonNull(file, "file");
    }

    /** The best name of the process: the body's, else the header's; null when the report names none. */
    public String process() {
        return procName != null ? procName : name;
    }
}
