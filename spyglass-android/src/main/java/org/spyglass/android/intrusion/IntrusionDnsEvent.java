package org.spyglass.android.intrusion;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One DNS look-up of an intrusion log ({@code dns_event}), made by an app through the standard network stack.
 *
 * @param time        when, UTC ({@code event_time} is Unix epoch milliseconds); null when absent or out of range
 * @param eventTime   {@code event_time} as written, in milliseconds; null when absent
 * @param hostname    the name looked up
 * @param ipAddresses the addresses returned (possibly a subset), without Java's leading {@code /}
 * @param packageName the app that asked, or null when the log names none
 * @param file        the log file
 * @param line        the 1-based line in that file
 */
public record IntrusionDnsEvent(Instant time, Long eventTime, String hostname, List<String> ipAddresses,
                                String packageName, String file, long line) {
    public IntrusionDnsEvent {
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(file, "file");
        ipAddresses = List.copyOf(ipAddresses);
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1: " + line);
        }
    }
}
