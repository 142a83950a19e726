package org.spyglass.core.ioc.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostsTest {

    @ParameterizedTest
    @CsvSource({"Evil.COM, evil.com", "evil.com., evil.com", "*.evil.com, evil.com", "' evil.com ', evil.com",
        "bücher.example, xn--bcher-kva.example", "BÜCHER.example, xn--bcher-kva.example", "_dmarc.evil.com, _dmarc.evil.com"})
    void normalisesCaseTrailingDotWildcardAndIdn(String host, String normalised) {
        assertThat(Hosts.normalise(host)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "a..b", "evil com", "evil.com/x", "ev!l.com", "-"})
    void refusesWhatIsNotAHostName(String host) {
        assertThat(Hosts.normalise(host)).isNull();
    }
}
