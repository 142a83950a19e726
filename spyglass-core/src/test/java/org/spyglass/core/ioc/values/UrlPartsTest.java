package org.spyglass.core.ioc.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPartsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://evil.com/path|http://evil.com/path",
        "HTTP://EVIL.com/Path|http://evil.com/Path",
        "https://evil.com|https://evil.com/",
        "https://evil.com:443/x|https://evil.com/x",
        "http://evil.com:80/x|http://evil.com/x",
        "http://evil.com:8080/x|http://evil.com:8080/x",
        "https://evil.com:0443/x|https://evil.com/x",
        "http://user:pw@evil.com/|http://evil.com/",
        "http://evil.com./a?b=c#d|http://evil.com/a?b=c#d",
        "evil.com/path|evil.com/path",
        "evil.com:8080/path|evil.com:8080/path",
        "//evil.com/x|evil.com/x",
        "http://bücher.example/|http://xn--bcher-kva.example/",
        "http://[2001:DB8::1]:8080/|http://[2001:db8::1]:8080/",
        "http://198.51.100.1:8080/x|http://198.51.100.1:8080/x",
        "http://evil.com?q=1|http://evil.com/?q=1",
        "http://evil.com\\path|http://evil.com/path",
        "http://evil.com/a b|http://evil.com/a b",
        "http://evil.com/%zz|http://evil.com/%zz",
    })
    void normalisesSchemeHostAndDefaultPort(String url, String normalised) {
        assertThat(UrlParts.parse(url).normalised()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "mailto:a@evil.com", "javascript:alert(1)", "data:text/html,x", "http://",
        "http://[::1/", "http://evil.com:99999/", "http://evil.com:8a/", "http://ev il.com/", "about:blank",
        "http://exa_mple..com/"})
    void findsNoHostInGarbage(String url) {
        assertThat(UrlParts.parse(url)).isNull();
    }

    @Test
    void returnsNullForNull() {
        assertThat(UrlParts.parse(null)).isNull();
    }

    @Test
    void keepsIpLiteralAsAddress() {
        UrlParts parts = UrlParts.parse("http://[::ffff:198.51.100.1]/");
        assertThat(parts.ip()).isNotNull();
        assertThat(parts.host()).isEqualTo("198.51.100.1");
    }
}
