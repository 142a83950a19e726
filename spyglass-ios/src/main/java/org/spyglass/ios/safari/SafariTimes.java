package org.spyglass.ios.safari;

import java.time.Instant;
import org.spyglass.core.time.Times;

/**
 * Safari stores times as a double of seconds since 2001, whose last digits at today's magnitude are noise below a
 * microsecond; rounding to the microsecond keeps {@code .128} from becoming {@code .128000021}.
 */
final class SafariTimes {
    private SafariTimes() {
    }

    /** The Apple time as an instant rounded to the microsecond; null when unset or out of range. */
    static Instant fromApple(Number value) {
        Instant instant = Times.fromApple(value);
        if (instant == null) {
            return null;
        }
        return Instant.ofEpochSecond(instant.getEpochSecond(), Math.round(instant.getNano() / 1000.0) * 1000L);
    }
}
