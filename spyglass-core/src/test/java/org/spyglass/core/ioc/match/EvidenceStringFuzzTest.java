package org.spyglass.core.ioc.match;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.ioc.values.FilePaths;
import org.spyglass.core.ioc.values.Hosts;
import org.spyglass.core.ioc.values.IndicatorValues;
import org.spyglass.core.ioc.values.IpAddress;
import org.spyglass.core.ioc.values.UrlParts;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.core.text.LinkExtractor;

/**
 * Any string a device can hold (a message, a URL, a host, a path, a process name) goes through every indicator
 * lookup and every helper the checkers use on evidence text, and each answers: none may throw. An exception there
 * ends the module at that record (the rest of its evidence unread), so a crafted string could blind a check: the
 * link extractor once did for any text ending in {@code www...}.
 */
class EvidenceStringFuzzTest {
    private static final Indicators INDICATORS = TestIndicators.of()
            .domain("example.com", "Spy").domain("xn--bcher-kva.example", "Spy").domain("a.b.c.d.example", "Spy")
            .add(IndicatorType.URL, "https://evil.example/path?q=1", "Spy")
            .add(IndicatorType.URL, "http://[2001:db8::1]:8080/x", "Spy")
            .add(IndicatorType.IPV4, "192.0.2.7", "Spy").add(IndicatorType.IPV6, "2001:db8::7", "Spy")
            .add(IndicatorType.EMAIL, "spy@example.org", "Spy").process("bh", "Spy").process("com.spy.agent", "Spy")
            .add(IndicatorType.FILE_NAME, "libspy.dylib", "Spy")
            .add(IndicatorType.FILE_PATH, "/private/var/db/spy/agent", "Spy")
            .add(IndicatorType.SHA256, "a".repeat(64), "Spy").add(IndicatorType.APP_ID, "com.spy.app", "Spy")
            .add(IndicatorType.APP_CERT_HASH, "b".repeat(40), "Spy")
            .add(IndicatorType.PROFILE_ID, "01234567-89ab-cdef-0123-456789abcdef", "Spy")
            .add(IndicatorType.ANDROID_PROPERTY, "persist.spy.enabled", "Spy")
            .build();

    @FuzzTest(maxDuration = "2m")
    void everyLookupAndTextHelperAnswersAnyString(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        INDICATORS.matchHost(text);
        INDICATORS.matchUrl(text);
        INDICATORS.matchIp(text);
        INDICATORS.matchEmail(text);
        INDICATORS.matchProcess(text);
        INDICATORS.matchFileName(text);
        INDICATORS.matchFilePath(text);
        INDICATORS.matchFileHash(text);
        INDICATORS.matchAppId(text);
        INDICATORS.matchAppCertHash(text);
        INDICATORS.matchProfileId(text);
        INDICATORS.matchAndroidProperty(text);
        for (String link : LinkExtractor.extract(text)) {
            INDICATORS.matchUrl(link);
        }
        UrlParts.parse(text);
        IpAddress.parse(text);
        Hosts.normalise(text);
        FilePaths.normalise(text);
        FilePaths.lastComponent(text);
        for (IndicatorType type : IndicatorType.values()) {
            try {
                IndicatorValues.normalise(type, text);
            } catch (IndicatorValues.InvalidValueException refused) {
                // Not a value of that type: the expected answer for most strings.
            }
        }
    }
}
