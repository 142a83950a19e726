package org.spyglass.ios.osanalytics;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of {@code netUsageBaseline} in {@code com.apple.osanalytics.addaily.plist}: a process and its network
 * usage baseline. Field names follow MVT's, except that MVT calls the process {@code package}.
 *
 * @param process  the process name (the entry's key)
 * @param ts       the entry's date (its first value), UTC
 * @param wifiIn   bytes received over Wi-Fi
 * @param wifiOut  bytes sent over Wi-Fi
 * @param wwanIn   bytes received over the cellular network
 * @param wwanOut  bytes sent over the cellular network
 */
public record NetUsageBaseline(String process, Instant ts, Long wifiIn, Long wifiOut, Long wwanIn, Long wwanOut) {
    public NetUsageBaseline {
        Objects.requireNonNull(process, "process");
    }
}
