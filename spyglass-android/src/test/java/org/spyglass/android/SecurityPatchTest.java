package org.spyglass.android;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecurityPatchTest {
    private static final Clock CHECK_DAY = Clock.fixed(Instant.parse("2024-03-02T23:30:00Z"), ZoneOffset.UTC);
    private static final Instant ACQUIRED = Instant.parse("2023-03-29T00:10:00Z");

    @ParameterizedTest
    @CsvSource({
        "2022-09-23, true, true",
        "2022-09-24, true, false",
        "2023-08-28, false, true",
        "2023-08-29, false, false",
        "2023-08-28, true, false",
        "2020-01-01, true, true",
        "not a date, false, false",
    })
    void judgesAgainstTheAcquisitionDayWhenKnownElseTheCheckDay(String patch, boolean acquisitionKnown,
                                                                 boolean outdated) {
        assertThat(SecurityPatch.outdated(patch, acquisitionKnown ? ACQUIRED : null, CHECK_DAY)).as(patch)
                .matches(message -> message.isPresent() == outdated);
    }

    @ParameterizedTest
    @CsvSource({"true, the acquisition (2023-03-29)", "false, the day of this check (2024-03-02)"})
    void namesTheReferenceDay(boolean acquisitionKnown, String reference) {
        assertThat(SecurityPatch.outdated("2019-01-01", acquisitionKnown ? ACQUIRED : null, CHECK_DAY))
                .hasValueSatisfying(m -> assertThat(m).contains("older than " + reference)
                        .startsWith("The security patch level 2019-01-01 is "));
    }
}
