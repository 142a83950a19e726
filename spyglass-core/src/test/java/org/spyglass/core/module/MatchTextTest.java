package org.spyglass.core.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spyglass.core.ioc.Indicator;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;

class MatchTextTest {
    private static final String URL = "https://a.evil.com/x";

    private static IndicatorMatch match(String value, String how, String... malware) {
        List<Provenance> provenance = malware.length == 0
                ? List.of(new Provenance("feed", "plain.txt", null, null, null))
                : List.of(malware).stream().map(name -> new Provenance("feed", "f.stix2", name, null, null)).toList();
        return new IndicatorMatch(new Indicator(IndicatorType.DOMAIN, value, provenance), URL, how);
    }

    @Test
    void namesOneMatchWithHowItMatchedAndItsMalware() {
        assertThat(MatchText.of(List.of(match("evil.com", "subdomain of", "Pegasus"))))
                .isEqualTo("matched indicator \"evil.com\" (subdomain of) from \"Pegasus\"");
    }

    @Test
    void namesEveryMalwareOfOneIndicatorInOneQuote() {
        assertThat(MatchText.of(List.of(match("evil.com", "same domain", "Pegasus", "Predator"))))
                .isEqualTo("matched indicator \"evil.com\" (same domain) from \"Pegasus, Predator\"");
    }

    @Test
    void namesSeveralMatchesInTheGivenOrderWithTheirDistinctMalware() {
        List<IndicatorMatch> matches = List.of(match("a.evil.com", "same domain", "Pegasus"),
                match("evil.com", "subdomain of", "Pegasus", "Predator"));

        assertThat(MatchText.of(matches)).isEqualTo("matched indicators \"a.evil.com\" (same domain), "
                + "\"evil.com\" (subdomain of) from \"Pegasus, Predator\"");
    }

    @Test
    void namesOnlyTheMalwareThatSourcesName() {
        List<IndicatorMatch> matches = List.of(match("a.evil.com", "same domain"),
                match("evil.com", "subdomain of", "Pegasus"));

        assertThat(MatchText.of(matches)).endsWith(" from \"Pegasus\"");
    }

    @Test
    void saysWhenNoSourceNamesAMalware() {
        assertThat(MatchText.of(List.of(match("evil.com", "same domain"))))
                .isEqualTo("matched indicator \"evil.com\" (same domain) from an indicator file that names no malware");
    }

    @Test
    void refusesAnEmptyList() {
        assertThatThrownBy(() -> MatchText.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
