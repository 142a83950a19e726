package org.spyglass.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimesMvtTest {
    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({"2021-07-14T02:13:51.123456789Z, 2021-07-14 02:13:51.123456",
        "1970-01-01T00:00:00Z, 1970-01-01 00:00:00.000000", "0001-01-01T00:00:00Z, 0001-01-01 00:00:00.000000",
        "9999-12-31T23:59:59.999999999Z, 9999-12-31 23:59:59.999999",
        "2001-01-01T00:00:00.000001Z, 2001-01-01 00:00:00.000001",
        "2000-02-29T12:30:00Z, 2000-02-29 12:30:00.000000", "1900-02-28T23:59:59Z, 1900-02-28 23:59:59.000000",
        "1900-03-01T00:00:00Z, 1900-03-01 00:00:00.000000", "2024-12-31T23:59:59Z, 2024-12-31 23:59:59.000000",
        "1969-12-31T23:59:59.5Z, 1969-12-31 23:59:59.500000", "0004-02-29T00:00:00Z, 0004-02-29 00:00:00.000000"})
    void writesUtcWithSixFractionDigitsTruncated(String instant, String expected) {
        assertThat(Times.mvt(Instant.parse(instant))).isEqualTo(expected);
    }

    @Test
    void writesWhatTheFormatterWritesForAnyInstantIncludingYearsBeyondFourDigits() {
        SplittableRandom random = new SplittableRandom(8);
        long min = Instant.parse("-0500-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(min, max), random.nextInt(1_000_000_000));
            assertThat(Times.mvt(instant)).as(instant.toString()).isEqualTo(REFERENCE.format(instant));
        }
        assertThat(Times.mvt(null)).isEmpty();
    }

    @Test
    void writesIntoABufferWhatItReturnsForFourDigitYearsAndNothingForOthers() {
        SplittableRandom random = new SplittableRandom(9);
        long min = Instant.parse("-0500-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("+11000-01-01T00:00:00Z").getEpochSecond();
        char[] buffer = new char[Times.MVT_LENGTH];
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(min, max), random.nextInt(1_000_000_000));
            java.util.Arrays.fill(buffer, '#');
            boolean fourDigits = instant.atOffset(java.time.ZoneOffset.UTC).getYear() >= 1
                    && instant.atOffset(java.time.ZoneOffset.UTC).getYear() <= 9999;
            assertThat(Times.mvt(instant, buffer)).as(instant.toString()).isEqualTo(fourDigits);
            if (fourDigits) {
                assertThat(new String(buffer)).as(instant.toString()).isEqualTo(Times.mvt(instant));
            } else {
                assertThat(new String(buffer)).isEqualTo("#".repeat(Times.MVT_LENGTH));
            }
        }
    }
}
