package org.spyglass.ios.processbinaries;

import java.time.Instant;
import java.util.Objects;

/**
 * A process without a bundle id in a usage database (DataUsage.sqlite, netusage.sqlite), with the file of the dump
 * whose name is the process's name, if any.
 *
 * @param database     the device path of the usage database the process row comes from
 * @param procId       {@code ZPROCESS.Z_PK}
 * @param procName     {@code ZPROCNAME}, never blank
 * @param firstIsodate {@code ZFIRSTTIMESTAMP} (first network use), UTC, or null
 * @param isodate      {@code ZTIMESTAMP} (last network use), UTC, or null
 * @param binaryPath   the device path of the first file found whose name is {@code procName} (or starts with it
 *                     when the name may be truncated), or null when the dump holds none
 */
public record ProcessBinary(String database, long procId, String procName, Instant firstIsodate, Instant isodate,
                            String binaryPath) {
    public ProcessBinary {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(procName, "procName");
        if (procName.isBlank()) {
            throw new IllegalArgumentException("a candidate process has a name");
        }
    }

    /** True when no file of the dump carries the process's name. */
    public boolean missing() {
        return binaryPath == null;
    }
}
