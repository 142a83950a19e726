package org.spyglass.core.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Converts the epochs found on phones to {@link Instant}. Every converter returns null for "absent" (null) and for
 * "zero / not set", and null for a value outside the plausible range (before 1990 or after 2100), so a corrupt value
 * never becomes a misleading date. The helpers that keep those cases apart return a {@link Stamp}.
 */
public final class Times {
    /** Seconds between 1970-01-01 and 2001-01-01 (Apple's "Mac absolute time" epoch). */
    public static final long APPLE_EPOCH_OFFSET = 978_307_200L;
    /** Microseconds between 1601-01-01 (WebKit/Chrome epoch) and 1970-01-01. */
    public static final long WEBKIT_EPOCH_OFFSET_MICROS = 11_644_473_600_000_000L;
    /** The length of {@link #mvt} for the years 1 to 9999. */
    public static final int MVT_LENGTH = 26;

    private static final Instant MIN = Instant.parse("1990-01-01T00:00:00Z");
    private static final Instant MAX = Instant.parse("2100-01-01T00:00:00Z");
    /** Years 0001 to 9999, which {@link #mvt} writes itself, faster than {@link #MVT_FORMAT} (a hot path). */
    private static final long FOUR_DIGIT_YEARS_START = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    private static final long FOUR_DIGIT_YEARS_END = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();
    private static final DateTimeFormatter MVT_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** What a raw time value turned out to be. */
    public enum Kind { ABSENT, NOT_SET, OUT_OF_RANGE, VALID }

    /** A converted time with the reason when it is not a valid instant. */
    public record Stamp(Kind kind, Instant instant) {
        public static final Stamp ABSENT = new Stamp(Kind.ABSENT, null);
        public static final Stamp NOT_SET = new Stamp(Kind.NOT_SET, null);
        public static final Stamp OUT_OF_RANGE = new Stamp(Kind.OUT_OF_RANGE, null);
    }

    private Times() {
    }

    /**
     * Apple "Mac absolute time": seconds since 2001-01-01 UTC, possibly fractional. Values written in nanoseconds
     * (as sms.db does since iOS 11) are recognised by their size and scaled.
     */
    public static Stamp appleStamp(Number value) {
        if (value == null) {
            return Stamp.ABSENT;
        }
        if (value.doubleValue() == 0) {
            return Stamp.NOT_SET;
        }
        if (value instanceof Double || value instanceof Float) {
            double seconds = value.doubleValue();
            if (!Double.isFinite(seconds)) {
                return Stamp.OUT_OF_RANGE;
            }
            if (Math.abs(seconds) > 1e11) {
                return within(() -> Instant.ofEpochSecond(APPLE_EPOCH_OFFSET).plusNanos((long) seconds));
            }
            long whole = (long) Math.floor(seconds);
            long nanos = Math.round((seconds - whole) * 1e9);
            return within(() -> Instant.ofEpochSecond(APPLE_EPOCH_OFFSET + whole, nanos));
        }
        long raw = value.longValue();
        if (Math.abs(raw) > 100_000_000_000L) {
            return within(() -> Instant.ofEpochSecond(APPLE_EPOCH_OFFSET).plusNanos(raw));
        }
        return within(() -> Instant.ofEpochSecond(APPLE_EPOCH_OFFSET + raw));
    }

    public static Instant fromApple(Number value) {
        return appleStamp(value).instant();
    }

    /** Unix seconds, possibly fractional. */
    public static Instant fromUnixSeconds(Number value) {
        if (value == null || value.doubleValue() == 0) {
            return null;
        }
        double seconds = value.doubleValue();
        long whole = (long) Math.floor(seconds);
        return within(() -> Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1e9))).instant();
    }

    public static Instant fromUnixMillis(Number value) {
        return value == null || value.longValue() == 0 ? null
                : within(() -> Instant.ofEpochMilli(value.longValue())).instant();
    }

    public static Instant fromUnixMicros(Number value) {
        if (value == null || value.longValue() == 0) {
            return null;
        }
        long micros = value.longValue();
        return within(() -> Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1000L))
                .instant();
    }

    public static Instant fromUnixNanos(Number value) {
        if (value == null || value.longValue() == 0) {
            return null;
        }
        long nanos = value.longValue();
        return within(() -> Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
                Math.floorMod(nanos, 1_000_000_000L)))
                .instant();
    }

    /** WebKit/Chrome time: microseconds since 1601-01-01 UTC. */
    public static Instant fromWebkit(Number value) {
        if (value == null || value.longValue() == 0) {
            return null;
        }
        return fromUnixMicros(value.longValue() - WEBKIT_EPOCH_OFFSET_MICROS);
    }

    /** MVT's rendering, {@code YYYY-MM-DD HH:MM:SS.ffffff} in UTC with no zone; empty for null. */
    public static String mvt(Instant instant) {
        if (instant == null) {
            return "";
        }
        char[] out = new char[MVT_LENGTH];
        return mvt(instant, out) ? new String(out) : MVT_FORMAT.format(instant);
    }

    /**
     * Writes {@link #mvt} of a non-null instant into {@code out} (at least {@link #MVT_LENGTH} long) without making a
     * string, for the years 1 to 9999; false (nothing written) for other years, which {@link #mvt} renders.
     */
    public static boolean mvt(Instant instant, char[] out) {
        return mvt(instant.getEpochSecond(), instant.getNano(), out);
    }

    /**
     * {@link #mvt(Instant, char[])} of the instant {@code seconds} after the epoch plus {@code nano} nanoseconds
     * (0 to 999,999,999), without an {@link Instant}.
     */
    public static boolean mvt(long seconds, int nano, char[] out) {
        if (!fixedWidthMvt(seconds)) {
            return false;
        }
        long day = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        civilDate(out, day);
        out[10] = ' ';
        digits(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        digits(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, secondOfDay % 60, 2);
        out[19] = '.';
        digits(out, 20, nano / 1000, 6);
        return true;
    }

    /**
     * Whether {@link #mvt} renders the second {@code seconds} after the epoch in {@link #MVT_LENGTH} characters
     * (the years 1 to 9999); MVT's rendering of such a time reads back as the same microsecond.
     */
    public static boolean fixedWidthMvt(long seconds) {
        return seconds >= FOUR_DIGIT_YEARS_START && seconds < FOUR_DIGIT_YEARS_END;
    }

    /**
     * Writes the proleptic Gregorian date of a day counted from 1970-01-01 as {@code YYYY-MM-DD} at {@code out[0]}
     * (years 1 to 9999), with whole-number arithmetic on 400-year eras of 146,097 days, each counted from 1 March so
     * that the leap day ends the year; it gives what {@link java.time.LocalDate#ofEpochDay} gives, without objects.
     */
    private static void civilDate(char[] out, long epochDay) {
        long fromEra0 = epochDay + 719_468L;
        long era = Math.floorDiv(fromEra0, 146_097L);
        int dayOfEra = (int) (fromEra0 - era * 146_097L);
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int shiftedMonth = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        int year = (int) (yearOfEra + era * 400) + (month <= 2 ? 1 : 0);
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, month, 2);
        out[7] = '-';
        digits(out, 8, day, 2);
    }

    /** Writes {@code value} as {@code width} decimal digits, zero-padded, at {@code out[from]}. */
    private static void digits(char[] out, int from, int value, int width) {
        int rest = value;
        for (int i = from + width - 1; i >= from; i--) {
            out[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
    }

    /** Parses MVT's rendering back (UTC); null for null or empty. */
    public static Instant parseMvt(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return LocalDateTime.parse(text, MVT_FORMAT).toInstant(ZoneOffset.UTC);
    }

    /** Builds the instant; one beyond what {@link Instant} can hold (a hostile value) is out of range too. */
    private static Stamp within(Supplier<Instant> instant) {
        try {
            return checked(instant.get());
        } catch (DateTimeException | ArithmeticException tooFar) {
            return Stamp.OUT_OF_RANGE;
        }
    }

    private static Stamp checked(Instant instant) {
        if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
            return Stamp.OUT_OF_RANGE;
        }
        return new Stamp(Kind.VALID, instant);
    }
}
