package org.spyglass.core.ioc.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.ioc.values.UrlParts;

class PlainUrlHostTest {
    @ParameterizedTest
    @CsvSource({
        "https://evil.com/x, evil.com",
        "http://a.b.evil.com, a.b.evil.com",
        "https://u:p@evil.com:8443/x?y#z, evil.com",
        "https://a@b@x-y_z.example?x, x-y_z.example",
        "ftp://files.example\\\\x, files.example",
        "h2c+ws://host1.example/, host1.example",
    })
    void findsTheHostThatTheFullParserFinds(String url, String host) {
        long range = PlainUrlHost.find(url);
        assertThat(range).isNotNegative();
        assertThat(url.substring((int) (range >>> 32), (int) range)).isEqualTo(host)
                .isEqualTo(UrlParts.parse(url).host());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " https://evil.com/", "https://evil.com/ ", "https://EVIL.com/", "https://evil.com./",
        "https://bücher.example/", "https://xn--bcher-kva.example/ü", "https://1.2.3.4/", "https://[::1]/",
        "https://x:1:2/", "https://*.evil.com/", "evil.com/x", "//evil.com/x", "mailto:a@evil.com", "1http://a.com/",
        "https://-/", "https://a..b/"})
    void leavesEveryOtherFormToTheFullParser(String url) {
        assertThat(PlainUrlHost.find(url)).isEqualTo(-1);
    }
}
