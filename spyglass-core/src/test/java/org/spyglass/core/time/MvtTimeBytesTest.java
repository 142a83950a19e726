package org.spyglass.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MvtTimeBytesTest {
    private static final long YEAR_1 = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    private static final long YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

    @Test
    void writesWhatTimesMvtRendersForTimesInAndOutOfOrderAcrossDays() {
        Random random = new Random(26);
        MvtTimeBytes times = new MvtTimeBytes();
        long second = Instant.parse("1969-12-30T23:59:58Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            second = switch (random.nextInt(4)) {
                case 0 -> second + random.nextInt(3);
                case 1 -> second + random.nextInt(200_000);
                case 2 -> second - random.nextInt(200_000);
                default -> YEAR_1 + (long) (random.nextDouble() * (YEAR_10000 - YEAR_1));
            };
            assertWritten(times, second, random.nextInt(1_000_000_000));
        }
        assertWritten(times, YEAR_1, 0);
        assertWritten(times, YEAR_10000 - 1, 999_999_999);
    }

    @Test
    void writesNothingForYearsTimesMvtRendersInAnotherLength() {
        byte[] out = new byte[40];
        Arrays.fill(out, (byte) '#');
        MvtTimeBytes times = new MvtTimeBytes();

        assertThat(times.write(YEAR_1 - 1, 0, out, 5)).isFalse();
        assertThat(times.write(YEAR_10000, 0, out, 5)).isFalse();
        assertThat(out).containsOnly((byte) '#');
    }

    private static void assertWritten(MvtTimeBytes times, long second, int nano) {
        byte[] out = new byte[Times.MVT_LENGTH + 4];
        assertThat(times.write(second, nano, out, 2)).isTrue();
        assertThat(new String(out, 2, Times.MVT_LENGTH, StandardCharsets.US_ASCII))
                .isEqualTo(Times.mvt(Instant.ofEpochSecond(second, nano)));
        assertThat(out[0]).isZero();
        assertThat(out[Times.MVT_LENGTH + 2]).isZero();
    }
}
