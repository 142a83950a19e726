package org.spyglass.android.intrusion;

import java.time.Instant;
import java.util.Objects;

/**
 * One outgoing TCP connection of an intrusion log ({@code connect_event}), made by an app through the standard
 * network stack.
 *
 * @param time        when, UTC ({@code event_time} is Unix epoch milliseconds); null when absent or out of range
 * @param eventTime   {@code event_time} as written, in milliseconds; null when absent
 * @param ipAddress   the remote address, without Java's leading {@code /}
 * @param port        the remote port, or null when absent
 * @param packageName the app that connected, or null when the log names none
 * @param file        the log file
 * @param line        the 1-based line in that file
 */
public record IntrusionConnectEvent(Instant time, Long eventTime, String ipAddress, Integer port, String packageName,
                                    String file, long line) {
    public IntrusionConnectEvent {
        Objects.requireNonNull(ipAddress, "ipAddress");
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1: " + line);
        }
        if (port != null && (port < 0 || port > 65_535)) {
            throw new IllegalArgumentException("a port is 0 to 65535: " + port);
        }
    }
}
