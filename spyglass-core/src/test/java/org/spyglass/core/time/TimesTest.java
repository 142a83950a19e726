package org.spyglass.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimesTest {

    @ParameterizedTest
    @ValueSource(longs = {Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, -Long.MAX_VALUE / 2})
    void turnsAHostileWholeNumberIntoOutOfRangeInsteadOfThrowing(long value) {
        assertThat(Times.appleStamp(value)).isEqualTo(Times.Stamp.OUT_OF_RANGE);
        assertThat(Times.fromUnixSeconds(value)).isNull();
        assertThat(Times.fromUnixMillis(value)).isNull();
        assertThat(Times.fromUnixMicros(value)).isNull();
        assertThat(Times.fromUnixNanos(value)).isNull();
        assertThat(Times.fromWebkit(value)).isNull();
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e300, -1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN})
    void turnsAHostileRealNumberIntoNoInstant(double value) {
        assertThat(Times.fromApple(value)).isNull();
        assertThat(Times.fromUnixSeconds(value)).isNull();
    }

    @Test
    void stillReadsAPlausibleAppleTime() {
        assertThat(Times.fromApple(700_000_000L))
                .isEqualTo(Instant.ofEpochSecond(Times.APPLE_EPOCH_OFFSET + 700_000_000L));
    }
}
