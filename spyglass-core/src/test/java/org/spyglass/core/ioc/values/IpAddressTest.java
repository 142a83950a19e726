package org.spyglass.core.ioc.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @ParameterizedTest
    @CsvSource({
        "198.51.100.1, 198.51.100.1",
        "' 10.0.0.1 ', 10.0.0.1",
        "2001:db8::1, 2001:db8::1",
        "2001:DB8:0:0:0:0:0:1, 2001:db8::1",
        "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        "[2001:db8::1], 2001:db8::1",
        "fe80::1%en0, fe80::1",
        "::, ::",
        "::1, ::1",
        "1::, 1::",
        "2001:db8:0:1:0:0:0:1, 2001:db8:0:1::1",
        "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
        "2001:0:0:1:0:0:1:1, 2001::1:0:0:1:1",
        "::ffff:1.2.3.4, 1.2.3.4",
        "::FFFF:0102:0304, 1.2.3.4",
        "64:ff9b::192.0.2.33, 64:ff9b::c000:221",
    })
    void parsesEverySpellingToCanonicalText(String text, String canonical) {
        assertThat(IpAddress.parse(text)).hasToString(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "evil.com", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.-4", "1..2.3", "1.2.3.4:80",
        "2001:db8::1::2", "2001:db8:1:2:3:4:5:6:7", "12345::1", "g::1", "::ffff:1.2.3", "１.2.3.4", "[::1",
        "localhost"})
    void refusesWhatIsNotAnAddress(String text) {
        assertThat(IpAddress.parse(text)).isNull();
    }

    @Test
    void returnsNullForNull() {
        assertThat(IpAddress.parse(null)).isNull();
    }

    @Test
    void comparesV4MappedV6EqualToV4() {
        assertThat(IpAddress.parse("::ffff:198.51.100.7")).isEqualTo(IpAddress.parse("198.51.100.7"));
        assertThat(IpAddress.parse("::ffff:198.51.100.7").isV4()).isTrue();
    }

    @Test
    void masksToNetwork() {
        assertThat(IpAddress.parse("10.1.2.3").masked(8)).hasToString("10.0.0.0");
        assertThat(IpAddress.parse("10.1.2.3").masked(20)).hasToString("10.1.0.0");
        assertThat(IpAddress.parse("2001:db8:ffff::1").masked(32)).hasToString("2001:db8::");
    }
}
