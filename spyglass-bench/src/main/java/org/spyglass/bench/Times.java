package org.spyglass.bench;

/** The synthetic evidence's clock: rows spread evenly over 2021, as Unix seconds, converted to Apple epochs. */
final class Times {
    /** 2021-01-01T00:00:00Z. */
    static final long START = 1_609_459_200L;
    /** 2001-01-01T00:00:00Z, Apple's epoch. */
    private static final long APPLE_EPOCH = 978_307_200L;
    private static final long YEAR = 365L * 86_400;

    private Times() {
    }

    /** The Unix second of row {@code row} of {@code rows}. */
    static long at(long row, long rows) {
        return START + row * YEAR / Math.max(1, rows);
    }

    static double appleSeconds(long unixSeconds) {
        return unixSeconds - APPLE_EPOCH;
    }

    static long appleNanos(long unixSeconds) {
        return (unixSeconds - APPLE_EPOCH) * 1_000_000_000L;
    }
}
