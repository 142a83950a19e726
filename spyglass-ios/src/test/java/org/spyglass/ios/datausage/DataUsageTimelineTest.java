package org.spyglass.ios.datausage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataUsageTimelineTest {
    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, 1.0, 12345.0, -7.0, 2.5, 3.5, -2.5, 0.49999999999999994, 1e14, 999999999999999.0,
        1e15, 1e20, 123.456, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY})
    void printsByteCountsAsTheFormatterDoes(double value) {
        assertThat(DataUsageTimeline.bytes(value)).isEqualTo(String.format(Locale.ROOT, "%.0f", value));
    }

    @Test
    void printsAMissingCountAsNotAvailable() {
        assertThat(DataUsageTimeline.bytes(null)).isEqualTo("n/a");
    }
}
