package org.spyglass.ios.versionhistory;

import java.time.Instant;
import java.util.Objects;

/**
 * The iOS version the phone ran when analyticsd opened one of its journals. Fields follow MVT's, plus the file.
 *
 * @param isodate   the journal's {@code timestamp}, converted to UTC
 * @param osVersion the journal's {@code os_version}, e.g. {@code iPhone OS 14.6 (18F72)}
 * @param file      the device path of the journal
 */
public record IosVersionRecord(Instant isodate, String osVersion, String file) {
    public IosVersionRecord {
        Objects.requireNonNull(isodate, "isodate");
        Objects.requireNonNull(osVersion, "osVersion");
        Objects.requireNonNull(file, "file");
    }
}
