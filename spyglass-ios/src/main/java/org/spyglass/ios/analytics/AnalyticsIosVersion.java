package org.spyglass.ios.analytics;

import java.time.Instant;
import java.util.Objects;

/**
 * The first time an iOS build appears in the Keychain analytics databases: a lower bound on when the phone ran it.
 *
 * @param build   the {@code build} value of the events' property lists ({@code 18F72})
 * @param version the iOS version of that build when Spyglass's release table knows it ({@code 14.6}), else null
 * @param isodate the earliest event time with this build
 * @param file    the device path of the database holding that earliest event
 */
public record AnalyticsIosVersion(String build, String version, Instant isodate, String file) {
    public AnalyticsIosVersion {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(isodate, "isodate");
        Objects.requireNonNull(file, "file");
    }
}
