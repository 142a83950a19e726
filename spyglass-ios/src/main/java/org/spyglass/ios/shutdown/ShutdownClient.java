package org.spyglass.ios.shutdown;

import java.time.Instant;
import java.util.Objects;

/**
 * A process still running while the device shut down, once per reboot: the last delay notice of that reboot that
 * listed it gives its delay. The first five fields are MVT's.
 *
 * @param isodate       the reboot's time (its {@code SIGTERM} line), UTC; null when the block has no readable time
 *                      or, as the last block of a log, no {@code SIGTERM} line at all
 * @param pid           the process id
 * @param client        the client path as logged, e.g. {@code /usr/libexec/nfcd} or, since iOS 26,
 *                      {@code /usr/libexec/locationd/1024C867-0265-374A-AF6A-98390BD24D5D}
 * @param delay         seconds of delay notices up to the last one listing this client, summed as MVT sums them
 * @param timesDelayed  how many delay notices of the reboot came up to the last one listing this client
 * @param reboot        the reboot's number in its log file, from 1
 * @param rebootDelays  how many delay notices the whole reboot had
 * @param complete      false for a last block that no {@code SIGTERM} line closed (a reboot logged in part)
 * @param file          the device path of the log file
 */
public record ShutdownClient(Instant isodate, long pid, String client, double delay, int timesDelayed, int reboot,
                             int rebootDelays, boolean complete, String file) {
    public ShutdownClient {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(file, "file");
        if (reboot < 1 || timesDelayed < 0 || rebootDelays < timesDelayed) {
            throw new IllegalArgumentException("inconsistent reboot counts: " + reboot + ", " + timesDelayed + ", "
                    + rebootDelays);
        }
    }
}
