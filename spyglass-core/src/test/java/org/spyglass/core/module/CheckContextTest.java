package org.spyglass.core.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.testing.CollectingCheckContext;
import org.spyglass.core.testing.TestIndicators;

class CheckContextTest {
    private static final String URL = "https://bun54l2b67.get1tn0w.free247downloads.com:30495/x";
    private static final Instant TIME = Instant.parse("2024-05-06T07:08:09Z");

    private record Seen(String url) {
    }

    private final Indicators indicators = TestIndicators.of()
            .domain("free247downloads.com", "Pegasus")
            .domain("bun54l2b67.get1tn0w.free247downloads.com", "Pegasus")
            .build();
    private final CollectingCheckContext context = new CollectingCheckContext("test_module", indicators);

    @Test
    void raisesOneAlertCarryingEveryMatchOfOneValueMostSpecificFirst() {
        List<IndicatorMatch> matches = indicators.matchUrl(URL);

        context.indicatorAlert(Level.CRITICAL, "Visit to " + URL + " " + MatchText.of(matches), TIME, new Seen(URL),
                matches);

        assertThat(context.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.module()).isEqualTo("test_module");
            assertThat(alert.eventTime()).isEqualTo(TIME);
            assertThat(alert.record()).isEqualTo(new Seen(URL));
            assertThat(alert.heuristic()).isNull();
            assertThat(alert.matches()).extracting(match -> match.indicator().value() + " " + match.how())
                    .containsExactly("bun54l2b67.get1tn0w.free247downloads.com same domain",
                            "free247downloads.com subdomain of");
            assertThat(alert.message()).isEqualTo("Visit to " + URL + " matched indicators "
                    + "\"bun54l2b67.get1tn0w.free247downloads.com\" (same domain), \"free247downloads.com\" "
                    + "(subdomain of) from \"Pegasus\"");
        });
    }

    @Test
    void raisesNothingWhenNothingMatched() {
        context.indicatorAlert(Level.CRITICAL, "Visit", TIME, new Seen("https://example.org/"),
                indicators.matchUrl("https://example.org/"));

        assertThat(context.alerts()).isEmpty();
    }
}
