package org.spyglass.core.ioc.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.ioc.StixBundleBuilder;
import org.spyglass.core.ioc.load.IndicatorFileLoader;

class IndicatorSetTest {
    private static final Indicators SET = build(
            "[domain-name:value = 'evil.com']",
            "[domain-name:value = 'a.b.com']",
            "[domain-name:value = 'xn--bcher-kva.example']",
            "[ipv4-addr:value = '198.51.100.1']",
            "[ipv4-addr:value = '203.0.113.0/24']",
            "[ipv6-addr:value = '2001:db8::1']",
            "[ipv6-addr:value = '2001:db8:ff00::/40']",
            "[url:value = 'http://phish.example.org/login?x=1']",
            "[domain-name:value = 'sneaky.example.net/exploit']",
            "[email-addr:value = 'Bad.Actor@Evil.com']",
            "[process:name = 'bh']",
            "[process:name = 'com.apple.Mappit.SnapshotService']",
            "[process:name = 'contextstoremgrd']",
            "[file:name = 'roleaccountd.plist']",
            "[file:path = '/private/var/tmp/hooker']",
            "[file:path = '/var/db/com.apple.xpc.roleaccountd.staging/subridged']",
            "[file:hashes.md5 = 'D41D8CD98F00B204E9800998ECF8427E']",
            "[file:hashes.sha1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']",
            "[file:hashes.sha256 = 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855']",
            "[app:id = 'com.evil.App']",
            "[app:cert.sha1 = '31A6ECECD97CF39BC4126B8745CD94A7C30BF81C']",
            "[configuration-profile:id = '76DAB334-7E17-475D-A5D6-0794EB5818A5']",
            "[android-property:name = 'sys.brand.note']");

    private static Indicators build(String... patterns) {
        StixBundleBuilder bundle = new StixBundleBuilder().malware("malware--1", "Evil");
        for (int i = 0; i < patterns.length; i++) {
            bundle.indicator("indicator--" + i, patterns[i]).indicates("indicator--" + i, "malware--1");
        }
        return new IndicatorSetBuilder().add(IndicatorFileLoader.load("Test feed", "test.stix2", bundle.bytes()))
                .build();
    }

    private static List<String> values(List<IndicatorMatch> matches) {
        return matches.stream().map(m -> m.indicator().value()).toList();
    }

    @ParameterizedTest
    @CsvSource({"evil.com, evil.com", "x.evil.com, evil.com", "a.x.evil.com, evil.com", "EVIL.COM., evil.com",
        "evil.com:443, evil.com", "a.b.com, a.b.com", "x.a.b.com, a.b.com", "bücher.example, xn--bcher-kva.example",
        "www.BÜCHER.example, xn--bcher-kva.example"})
    void matchesDomainsAndSubdomainsOnLabelBoundaries(String host, String indicator) {
        assertThat(values(SET.matchHost(host))).containsExactly(indicator);
    }

    @ParameterizedTest
    @ValueSource(strings = {"notevil.com", "evil.com.au", "evil.co", "com", "b.com", "xa.b.com", "evil", "evil-com",
        "evilcom"})
    void doesNotMatchAcrossLabelBoundaries(String host) {
        assertThat(SET.matchHost(host)).isEmpty();
    }

    @Test
    void saysHowAHostMatched() {
        assertThat(SET.matchHost("evil.com")).singleElement().extracting(IndicatorMatch::how).isEqualTo("same domain");
        IndicatorMatch sub = SET.matchHost("x.evil.com").get(0);
        assertThat(sub.how()).isEqualTo("subdomain of");
        assertThat(sub.observed()).isEqualTo("x.evil.com");
        assertThat(sub.indicator().type()).isEqualTo(IndicatorType.DOMAIN);
        assertThat(sub.indicator().provenance()).containsExactly(
                new Provenance("Test feed", "test.stix2", "Evil", "indicator--0", "malware--1"));
    }

    @ParameterizedTest
    @CsvSource({
        "evil.com/path, evil.com",
        "https://x.evil.com/a?b=c, evil.com",
        "http://user:pw@evil.com/, evil.com",
        "http://evil.com:8080/x, evil.com",
        "HTTP://EVIL.COM./, evil.com",
        "https://www.bücher.example/x, xn--bcher-kva.example",
        "http://198.51.100.1:8080/x, 198.51.100.1",
        "http://[2001:db8::1]:8080/, 2001:db8::1",
        "http://[::ffff:198.51.100.1]/, 198.51.100.1",
        "https://203.0.113.77/, 203.0.113.0/24",
    })
    void matchesTheHostOfAUrl(String url, String indicator) {
        assertThat(values(SET.matchUrl(url))).containsExactly(indicator);
    }

    @ParameterizedTest
    @CsvSource({
        "https://evil.com/x, same domain",
        "https://x.evil.com:8443/x, subdomain of",
        "https://user:secret@evil.com/x, same domain",
        "https://user@x.evil.com:80/x, subdomain of",
        "https://evil.com?q=1, same domain",
        "https://evil.com#top, same domain",
        "https://evil.com\\x, same domain",
        "https://EVIL.Com/x, same domain",
        "https://evil.com./x, same domain",
        "' https://evil.com/x ', same domain",
        "https://a@b@evil.com/x, same domain",
    })
    void matchesUrlHostsBehindPortsUserinfoCaseAndTrailingDots(String url, String how) {
        assertThat(SET.matchUrl(url)).singleElement().satisfies(m -> {
            assertThat(m.indicator().value()).isEqualTo("evil.com");
            assertThat(m.how()).isEqualTo(how);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.com@other.org/", "https://other.org/evil.com", "https://other.org:443@x/",
        "https://notevil.com/", "https://evil.com.au/", "https://x:1:2@other.org/", "https://evil.com:1:2/",
        "https://evil.com:99999/", "https://ev!l.com/", "https://1.2.3.4/evil.com", "mailto:a@evil.com"})
    void doesNotMatchUrlsWhoseHostIsAnother(String url) {
        assertThat(SET.matchUrl(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "http://phish.example.org/login?x=1",
        "HTTP://PHISH.example.org:80/login?x=1",
        "http://u@phish.example.org/login?x=1",
    })
    void matchesUrlIndicatorsAfterNormalisation(String url) {
        assertThat(SET.matchUrl(url)).singleElement().satisfies(m -> {
            assertThat(m.indicator().type()).isEqualTo(IndicatorType.URL);
            assertThat(m.how()).isEqualTo("same URL");
            assertThat(m.observed()).isEqualTo(url);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://phish.example.org/login?x=1", "http://phish.example.org/login?x=2",
        "http://phish.example.org/login", "http://phish.example.org:8080/login?x=1", "https://example.org/"})
    void doesNotMatchOtherUrls(String url) {
        assertThat(SET.matchUrl(url)).isEmpty();
    }

    @Test
    void matchesSchemelessUrlIndicatorWithAnyScheme() {
        assertThat(values(SET.matchUrl("https://sneaky.example.net/exploit"))).containsExactly("sneaky.example.net/exploit");
        assertThat(values(SET.matchUrl("sneaky.example.net/exploit"))).containsExactly("sneaky.example.net/exploit");
        assertThat(SET.matchUrl("https://sneaky.example.net/")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"198.51.100.1, 198.51.100.1", "::ffff:198.51.100.1, 198.51.100.1", "::ffff:c633:6401, 198.51.100.1",
        "2001:DB8:0::1, 2001:db8::1", "[2001:db8::1], 2001:db8::1", "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        "203.0.113.200, 203.0.113.0/24", "2001:db8:ff12::5, 2001:db8:ff00::/40"})
    void matchesIpsAsAddresses(String ip, String indicator) {
        assertThat(values(SET.matchIp(ip))).containsExactly(indicator);
        assertThat(values(SET.matchHost(ip))).containsExactly(indicator);
    }

    @ParameterizedTest
    @ValueSource(strings = {"198.51.100.10", "198.51.100.11", "98.51.100.1", "198.51.100.1.evil", "203.0.114.1",
        "2001:db8::10", "2001:db9::1", "x198.51.100.1"})
    void neverMatchesIpsAsText(String ip) {
        assertThat(SET.matchIp(ip)).isEmpty();
        assertThat(SET.matchHost(ip)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"bad.actor@evil.com", "BAD.ACTOR@EVIL.COM", "mailto:Bad.Actor@evil.com", "' bad.actor@evil.com '"})
    void matchesEmailsIgnoringCaseAndMailto(String email) {
        assertThat(values(SET.matchEmail(email))).containsExactly("bad.actor@evil.com");
    }

    @Test
    void doesNotMatchOtherEmails() {
        assertThat(SET.matchEmail("actor@evil.com")).isEmpty();
        assertThat(SET.matchEmail("bad.actor@evil.com.au")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"bh, bh", "/usr/libexec/bh, bh", "contextstoremgrd, contextstoremgrd",
        "com.apple.Mappit, com.apple.Mappit.SnapshotService",
        "/private/var/db/contextstoremgrd-helper, contextstoremgrd"})
    void matchesProcessNamesByBasenameAndIosTruncation(String observed, String indicator) {
        assertThat(values(SET.matchProcess(observed))).containsExactly(indicator);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BH", "bhd", "b", "/usr/libexec/bh/x", "com.apple.Mappi", "com.apple.Mappit.",
        "com.apple.MappitX", "contextstoremg", "Contextstoremgrd-helper"})
    void comparesProcessNamesCaseSensitivelyAndExactly(String observed) {
        assertThat(SET.matchProcess(observed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"/private/var/tmp/hooker, /private/var/tmp/hooker, same path",
        "/private/var/tmp/hooker/x, /private/var/tmp/hooker, path under",
        "/private/var/tmp/hooker/6F1B8C2E-3A4D-4E5F-8A9B-0C1D2E3F4A5B, /private/var/tmp/hooker, path under",
        "/var/tmp/hooker/, /private/var/tmp/hooker, same path",
        "private/var/tmp//hooker/y/z, /private/var/tmp/hooker, path under",
        "/private/var/db/com.apple.xpc.roleaccountd.staging/subridged, "
            + "/private/var/db/com.apple.xpc.roleaccountd.staging/subridged, same path",
        "/private/var/mobile/Library/Preferences/roleaccountd.plist, roleaccountd.plist, same file name"})
    void matchesFilePathsOnWholeComponents(String path, String indicator, String how) {
        assertThat(SET.matchFilePath(path)).singleElement().satisfies(m -> {
            assertThat(m.indicator().value()).isEqualTo(indicator);
            assertThat(m.how()).isEqualTo(how);
            assertThat(m.observed()).isEqualTo(path);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/private/var/tmp/hookers", "/private/var/tmp/hook", "/private/var/tmp",
        "/private/var/tmp/Hooker", "/x/private/var/tmp/hooker", "/private/var/mobile/roleaccountd.plist.bak"})
    void doesNotMatchPartialComponents(String path) {
        assertThat(SET.matchFilePath(path)).isEmpty();
    }

    @Test
    void matchesFileNamesByLastComponent() {
        assertThat(values(SET.matchFileName("roleaccountd.plist"))).containsExactly("roleaccountd.plist");
        assertThat(values(SET.matchFileName("/a/b/roleaccountd.plist"))).containsExactly("roleaccountd.plist");
        assertThat(SET.matchFileName("/roleaccountd.plist/x")).isEmpty();
        assertThat(SET.matchFileName("Roleaccountd.plist")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"d41d8cd98f00b204e9800998ecf8427e, MD5", "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709, SHA1",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855, SHA256"})
    void matchesHashesIgnoringCase(String digest, IndicatorType type) {
        assertThat(SET.matchFileHash(digest)).singleElement()
                .satisfies(m -> assertThat(m.indicator().type()).isEqualTo(type));
    }

    static Stream<Arguments> exactCaseInsensitive() {
        Function<String, List<IndicatorMatch>> appId = SET::matchAppId;
        Function<String, List<IndicatorMatch>> cert = SET::matchAppCertHash;
        Function<String, List<IndicatorMatch>> profile = SET::matchProfileId;
        Function<String, List<IndicatorMatch>> property = SET::matchAndroidProperty;
        return Stream.of(
                Arguments.of(appId, "com.evil.app", "com.evil.app.x"),
                Arguments.of(appId, "COM.EVIL.APP", "com.evil"),
                Arguments.of(cert, "31a6ececd97cf39bc4126b8745cd94a7c30bf81c", "31a6ececd97cf39bc4126b8745cd94a7c30bf81"),
                Arguments.of(cert, "31:A6:EC:EC:D9:7C:F3:9B:C4:12:6B:87:45:CD:94:A7:C3:0B:F8:1C", "31a6"),
                Arguments.of(profile, "76dab334-7e17-475d-a5d6-0794eb5818a5", "76DAB334-7E17-475D-A5D6-0794EB5818A6"),
                Arguments.of(profile, "76DAB334-7E17-475D-A5D6-0794EB5818A5", "76DAB334"),
                Arguments.of(property, "SYS.BRAND.NOTE", "sys.brand.notes"),
                Arguments.of(property, "sys.brand.note", "sys.brand"));
    }

    @ParameterizedTest
    @MethodSource("exactCaseInsensitive")
    void matchesIdsExactlyIgnoringCase(Function<String, List<IndicatorMatch>> question, String hit, String miss) {
        assertThat(question.apply(hit)).hasSize(1);
        assertThat(question.apply(miss)).isEmpty();
    }

    static Stream<Function<String, List<IndicatorMatch>>> everyQuestion() {
        return Stream.of(SET::matchHost, SET::matchUrl, SET::matchIp, SET::matchEmail, SET::matchProcess,
                SET::matchFileName, SET::matchFilePath, SET::matchFileHash, SET::matchAppId, SET::matchAppCertHash,
                SET::matchProfileId, SET::matchAndroidProperty);
    }

    @ParameterizedTest
    @MethodSource("everyQuestion")
    void answersNullEmptyAndGarbageWithEmptyList(Function<String, List<IndicatorMatch>> question) {
        for (String garbage : new String[] {null, "", "   ", "/", ":", "[", "]]]", "http://", "@", "..", "\u0000",
            "x".repeat(100_000), "%%%", "::ffff:", "http://[", "mailto:", "\uD800"}) {
            assertThat(question.apply(garbage)).as(String.valueOf(garbage)).isEmpty();
        }
    }

    @Test
    void returnsTheSharedEmptyListWhenNothingMatches() {
        assertThat(SET.matchHost("nothing.example")).isSameAs(SET.matchHost("other.example"));
    }

    @Test
    void countsDistinctIndicatorsByType() {
        assertThat(SET.size()).isEqualTo(23);
        assertThat(SET.countsByType()).containsEntry(IndicatorType.DOMAIN, 3).containsEntry(IndicatorType.URL, 2)
                .containsEntry(IndicatorType.IPV4, 2).containsEntry(IndicatorType.IPV6, 2)
                .containsEntry(IndicatorType.FILE_PATH, 2).containsEntry(IndicatorType.PROCESS, 3);
        assertThat(SET.files()).singleElement().extracting(f -> f.path()).isEqualTo("test.stix2");
    }

    @Test
    void mergesDuplicatesAcrossFilesKeepingEveryProvenance() {
        byte[] first = new StixBundleBuilder().malware("malware--a", "A")
                .indicator("indicator--a", "[domain-name:value = 'shared.com']").indicates("indicator--a", "malware--a")
                .bytes();
        byte[] second = new StixBundleBuilder().malware("malware--b", "B")
                .indicator("indicator--b", "[domain-name:value = 'SHARED.com.']").indicates("indicator--b", "malware--b")
                .bytes();
        Indicators set = new IndicatorSetBuilder()
                .add(IndicatorFileLoader.load("F1", "one.stix2", first))
                .add(IndicatorFileLoader.load("F2", "two.stix2", second))
                .build();

        assertThat(set.size()).isEqualTo(1);
        assertThat(set.matchHost("x.shared.com")).singleElement().satisfies(m ->
                assertThat(m.indicator().provenance()).containsExactly(
                        new Provenance("F1", "one.stix2", "A", "indicator--a", "malware--a"),
                        new Provenance("F2", "two.stix2", "B", "indicator--b", "malware--b")));
        assertThat(set.files()).hasSize(2);
    }

    @Test
    void keepsABuiltSetUnchangedWhenTheBuilderGoesOn() {
        String id = "indicator--6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";
        byte[] first = new StixBundleBuilder().malware("malware--a", "A")
                .indicator(id, "[domain-name:value = 'shared.com']").indicates(id, "malware--a").bytes();
        byte[] second = new StixBundleBuilder()
                .indicator("indicator--b", "[domain-name:value = 'shared.com'] OR [domain-name:value = 'new.com']")
                .bytes();
        IndicatorSetBuilder builder = new IndicatorSetBuilder().add(IndicatorFileLoader.load("F1", "one.stix2", first));
        Indicators built = builder.build();
        Indicators later = builder.add(IndicatorFileLoader.load("F2", "two.stix2", second)).build();

        assertThat(built.size()).isEqualTo(1);
        assertThat(built.matchHost("new.com")).isEmpty();
        assertThat(built.matchHost("shared.com")).singleElement().satisfies(m -> assertThat(m.indicator().provenance())
                .containsExactly(new Provenance("F1", "one.stix2", "A", id, "malware--a")));
        assertThat(later.size()).isEqualTo(2);
        assertThat(later.matchHost("shared.com").get(0).indicator().provenance()).hasSize(2);
    }

    @Test
    void emptySetAnswersNothing() {
        assertThat(IndicatorSet.empty().size()).isZero();
        assertThat(IndicatorSet.empty().matchHost("evil.com")).isEmpty();
        assertThat(IndicatorSet.empty().files()).isEmpty();
    }
}
