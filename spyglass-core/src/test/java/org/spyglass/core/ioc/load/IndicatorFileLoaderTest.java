package org.spyglass.core.ioc.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.ioc.StixBundleBuilder;
import org.spyglass.core.module.Warning;

class IndicatorFileLoaderTest {
    private static final String MALWARE = "malware--11111111-1111-4111-8111-111111111111";

    @Test
    void readsEveryIndicatorTypeAndKeySpelling() {
        String[][] patterns = {
            {"[domain-name:value = 'Evil.COM.']", "DOMAIN", "evil.com"},
            {"[domain-name:value = '198.51.100.9']", "IPV4", "198.51.100.9"},
            {"[domain-name:value = '2001:DB8::9']", "IPV6", "2001:db8::9"},
            {"[ipv4-addr:value = '203.0.113.0/24']", "IPV4", "203.0.113.0/24"},
            {"[ipv4-addr:value = '203.0.113.5/32']", "IPV4", "203.0.113.5"},
            {"[ipv6-addr:value = '2001:db8:0:0::7']", "IPV6", "2001:db8::7"},
            {"[url:value = 'HTTPS://Evil.com:443/x?a=b']", "URL", "https://evil.com/x?a=b"},
            {"[email-addr:value = 'Bad@Evil.com']", "EMAIL", "bad@evil.com"},
            {"[process:name = 'Bh']", "PROCESS", "Bh"},
            {"[file:name = 'roleaccountd.plist']", "FILE_NAME", "roleaccountd.plist"},
            {"[file:path = '/private/var/tmp/hooker/']", "FILE_PATH", "/private/var/tmp/hooker"},
            {"[file:hashes.md5 = 'D41D8CD98F00B204E9800998ECF8427E']", "MD5", "d41d8cd98f00b204e9800998ecf8427e"},
            {"[file:hashes.'MD5' = '00000000000000000000000000000001']", "MD5", "00000000000000000000000000000001"},
            {"[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']", "SHA1",
                "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
            {"[file:hashes.SHA1 = '0000000000000000000000000000000000000001']", "SHA1",
                "0000000000000000000000000000000000000001"},
            {"[file:hashes.sha-1 = '0000000000000000000000000000000000000002']", "SHA1",
                "0000000000000000000000000000000000000002"},
            {"[file:hashes.'SHA-256' = '" + "A".repeat(64) + "']", "SHA256", "a".repeat(64)},
            {"[file:hashes.sha256 = '" + "b".repeat(64) + "']", "SHA256", "b".repeat(64)},
            {"[file:hashes.SHA256 = '" + "c".repeat(64) + "']", "SHA256", "c".repeat(64)},
            {"[app:id = 'Com.Evil.App']", "APP_ID", "com.evil.app"},
            {"[app:cert.md5 = '" + "1".repeat(32) + "']", "APP_CERT_HASH", "1".repeat(32)},
            {"[app:cert.'SHA-1' = '" + "2".repeat(40) + "']", "APP_CERT_HASH", "2".repeat(40)},
            {"[app:cert.sha256 = '" + "D".repeat(64) + "']", "APP_CERT_HASH", "d".repeat(64)},
            {"[configuration-profile:id = '76DAB334-7E17-475D-A5D6-0794EB5818A5']", "PROFILE_ID",
                "76dab334-7e17-475d-a5d6-0794eb5818a5"},
            {"[android-property:name = 'sys.brand.Note']", "ANDROID_PROPERTY", "sys.brand.note"},
        };
        StixBundleBuilder bundle = new StixBundleBuilder().malware(MALWARE, "Evil");
        for (int i = 0; i < patterns.length; i++) {
            bundle.indicator("indicator--" + i, patterns[i][0]).indicates("indicator--" + i, MALWARE);
        }
        LoadedFile loaded = IndicatorFileLoader.load("feed", "evil.stix2", bundle.bytes());

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.entries()).hasSize(patterns.length);
        for (int i = 0; i < patterns.length; i++) {
            FeedEntry entry = loaded.entries().get(i);
            assertThat(entry.type()).as(patterns[i][0]).isEqualTo(IndicatorType.valueOf(patterns[i][1]));
            assertThat(entry.value()).as(patterns[i][0]).isEqualTo(patterns[i][2]);
            assertThat(entry.provenance())
                    .isEqualTo(new Provenance("feed", "evil.stix2", "Evil", "indicator--" + i, MALWARE));
        }
    }

    static Stream<Arguments> skippedPatterns() {
        return Stream.of(
                Arguments.of("[domain-name:value = 'a.com' AND domain-name:value = 'b.com']", "AND-joined"),
                Arguments.of("[domain-name:value = 'unterminated]", "unterminated"),
                Arguments.of("not a pattern at all", "expected"),
                Arguments.of("[x509-certificate:serial_number = '1']", "object path x509-certificate:serial_number"),
                Arguments.of("[file:hashes.'SHA-512' = 'ab']", "object path file:hashes.SHA-512"),
                Arguments.of("[file:hashes.sha256 = 'abc']", "256-bit hex digest"),
                Arguments.of("[domain-name:value = 'not a domain']", "not a valid domain name"),
                Arguments.of("[ipv4-addr:value = '300.1.1.1']", "not a valid IP address"),
                Arguments.of("[email-addr:value = 'nobody']", "not an e-mail address"),
                Arguments.of("[process:name = '  ']", "empty value"));
    }

    @ParameterizedTest
    @MethodSource("skippedPatterns")
    void warnsWithFileAndIndicatorIdAndLoadsTheRest(String pattern, String reason) {
        byte[] bundle = new StixBundleBuilder().malware(MALWARE, "Evil")
                .indicator("indicator--good-1", "[domain-name:value = 'one.com']")
                .indicator("indicator--bad", pattern)
                .indicator("indicator--good-2", "[domain-name:value = 'two.com']")
                .bytes();
        LoadedFile loaded = IndicatorFileLoader.load("feed", "/feeds/evil.stix2", bundle);

        assertThat(loaded.entries()).extracting(FeedEntry::value).containsExactly("one.com", "two.com");
        assertThat(loaded.warnings()).hasSize(1);
        Warning warning = loaded.warnings().get(0);
        assertThat(warning.location()).isEqualTo("/feeds/evil.stix2");
        assertThat(warning.message()).contains("indicator--bad").contains(reason);
    }

    @Test
    void skipsOtherPatternLanguagesAndRevokedIndicators() {
        byte[] bundle = new StixBundleBuilder()
                .raw(StixBundleBuilder.object().put("type", "indicator").put("id", "indicator--sigma")
                        .put("pattern", "title: x").put("pattern_type", "sigma"))
                .raw(StixBundleBuilder.object().put("type", "indicator").put("id", "indicator--revoked")
                        .put("pattern", "[domain-name:value = 'old.com']").put("revoked", true))
                .indicator("indicator--kept", "[domain-name:value = 'kept.com']")
                .bytes();
        LoadedFile loaded = IndicatorFileLoader.load("feed", "f.stix2", bundle);

        assertThat(loaded.entries()).extracting(FeedEntry::value).containsExactly("kept.com");
        assertThat(loaded.warnings()).singleElement().extracting(Warning::message).asString()
                .contains("indicator--sigma").contains("sigma");
    }

    @Test
    void readsEveryComparisonOfAnOrPattern() {
        byte[] bundle = new StixBundleBuilder()
                .indicator("indicator--or", "[domain-name:value = 'a.com'] OR [ipv4-addr:value = '192.0.2.1']")
                .bytes();
        assertThat(IndicatorFileLoader.load("feed", "f.stix2", bundle).entries())
                .extracting(FeedEntry::type, FeedEntry::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IndicatorType.DOMAIN, "a.com"),
                        org.assertj.core.groups.Tuple.tuple(IndicatorType.IPV4, "192.0.2.1"));
    }

    @Test
    void takesProvenanceFromReportsFirstThenRelationshipsElseNone() {
        byte[] bundle = new StixBundleBuilder()
                .malware(MALWARE, "Evil")
                .malware("malware--2", "Other")
                .report("report--1", "Campaign report", "indicator--in-report")
                .indicator("indicator--in-report", "[domain-name:value = 'r.com']")
                .indicates("indicator--in-report", MALWARE)
                .indicator("indicator--related", "[domain-name:value = 'm.com']")
                .relationship("indicator--related", "related-to", "malware--2")
                .indicator("indicator--alone", "[domain-name:value = 'alone.com']")
                .relationship("indicator--alone", "indicates", "malware--unknown")
                .bytes();
        LoadedFile loaded = IndicatorFileLoader.load("feed", "f.stix2", bundle);

        assertThat(loaded.entries()).extracting(FeedEntry::provenance).containsExactly(
                new Provenance("feed", "f.stix2", "Campaign report", "indicator--in-report", "report--1"),
                new Provenance("feed", "f.stix2", "Other", "indicator--related", "malware--2"),
                new Provenance("feed", "f.stix2", null, "indicator--alone", null));
        assertThat(loaded.file().malware()).containsExactly("Campaign report", "Other");
    }

    @Test
    void describesTheFile() {
        byte[] bundle = new StixBundleBuilder().malware(MALWARE, "Evil")
                .indicator("indicator--1", "[domain-name:value = 'a.com']", "2025-05-06T07:08:09.5Z")
                .indicator("indicator--2", "[domain-name:value = 'A.com.']")
                .indicator("indicator--3", "[process:name = 'bh']")
                .bytes();
        LoadedFile loaded = IndicatorFileLoader.load("Feed name", "f.stix2", bundle);

        assertThat(loaded.file().feed()).isEqualTo("Feed name");
        assertThat(loaded.file().path()).isEqualTo("f.stix2");
        assertThat(loaded.file().sha256()).hasSize(64);
        assertThat(loaded.file().countsByType()).isEqualTo(Map.of(IndicatorType.DOMAIN, 1, IndicatorType.PROCESS, 1));
        assertThat(loaded.file().newest()).isEqualTo(Instant.parse("2025-05-06T07:08:09.5Z"));
    }

    @Test
    void readsEchapAppListsWithCategoryAndMisspeltIpKey() {
        String yaml = """
                - name: SpyApp
                  type: stalkerware
                  packages: [com.spy.app, Com.Spy.Other]
                  certificates:
                  - 31A6ECECD97CF39BC4126B8745CD94A7C30BF81C
                  websites: [spyapp.com]
                  distribution: [https://download.spyapp.com/x.apk]
                  c2:
                    domains: [api.spyapp.com]
                    ips: [198.51.100.1]
                - name: OldSpy
                  type: stalkerware
                  c2:
                    ip: [198.51.100.2]
                - name: KidWatch
                  type: watchware
                  ios_bundles: [com.kidwatch.ios]
                  websites: [spyapp.com]
                """;
        LoadedFile loaded = IndicatorFileLoader.load("ECHAP", "ioc.yaml", yaml.getBytes(StandardCharsets.UTF_8));

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.entries()).extracting(e -> e.type() + " " + e.value() + " " + e.provenance().malware()
                + " " + e.provenance().category()).containsExactly(
                "APP_ID com.spy.app SpyApp stalkerware",
                "APP_ID com.spy.other SpyApp stalkerware",
                "APP_CERT_HASH 31a6ececd97cf39bc4126b8745cd94a7c30bf81c SpyApp stalkerware",
                "DOMAIN spyapp.com SpyApp stalkerware",
                "DOMAIN api.spyapp.com SpyApp stalkerware",
                "IPV4 198.51.100.1 SpyApp stalkerware",
                "IPV4 198.51.100.2 OldSpy stalkerware",
                "APP_ID com.kidwatch.ios KidWatch watchware",
                "DOMAIN spyapp.com KidWatch watchware");
        assertThat(loaded.file().countsByType()).containsEntry(IndicatorType.DOMAIN, 2)
                .containsEntry(IndicatorType.APP_ID, 3).containsEntry(IndicatorType.IPV4, 2);
        assertThat(loaded.file().malware()).containsExactly("SpyApp", "OldSpy", "KidWatch");
    }

    @Test
    void warnsAboutAnAppWithoutName() {
        String yaml = "- type: stalkerware\n  packages: [a.b]\n- name: Ok\n  packages: [c.d]\n";
        LoadedFile loaded = IndicatorFileLoader.load("f", "ioc.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.entries()).extracting(FeedEntry::value).containsExactly("c.d");
        assertThat(loaded.warnings()).singleElement().extracting(Warning::message).asString().contains("#1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "{\"type\": \"identity\"}", "{\"type\": \"bundle\", \"objects\": 3}",
        "just some words", "", "indicators:\n  - type: github\n", "- a\n- b\n", "\u0000\u0001\u0002"})
    void refusesFilesThatAreNeitherBundleNorAppList(String content) {
        assertThatThrownBy(() -> IndicatorFileLoader.load("f", "bad.stix2", content.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SpyglassException.class)
                .hasMessageStartingWith("Cannot read indicators from bad.stix2: ")
                .extracting(e -> ((SpyglassException) e).exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    }

    @Test
    void refusesAMissingFileWithOneSentence(@TempDir Path dir) {
        Path missing = dir.resolve("missing.stix2");
        assertThatThrownBy(() -> IndicatorFileLoader.load("f", missing))
                .isInstanceOf(SpyglassException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void readsAFileFromDisk(@TempDir Path dir) throws Exception {
        Path file = new StixBundleBuilder().indicator("indicator--1", "[domain-name:value = 'a.com']")
                .writeTo(dir.resolve("x.stix2"));
        LoadedFile loaded = IndicatorFileLoader.load("f", file);
        assertThat(loaded.file().path()).isEqualTo(file.toString());
        assertThat(loaded.entries()).hasSize(1);
        assertThat(Files.readAllBytes(file)).isNotEmpty();
    }

    @Test
    void streamsAFileFromDiskToTheSameResultAsItsBytes(@TempDir Path dir) throws Exception {
        String uuidId = "indicator--0b9e2a4c-5d6f-4a1b-9c8d-7e6f5a4b3c2d";
        Path file = new StixBundleBuilder().malware(MALWARE, "Evil")
                .report("report--1", "Campaign report", uuidId)
                .indicator(uuidId, "[domain-name:value = 'a.com'] OR [process:name = 'bh']")
                .indicator("indicator--NOT-A-UUID", "[domain-name:value = 'b.com']")
                .indicates("indicator--NOT-A-UUID", MALWARE)
                .indicator("indicator--bad", "garbage")
                .writeTo(dir.resolve("x.stix2"));
        byte[] bytes = Files.readAllBytes(file);

        LoadedFile streamed = IndicatorFileLoader.load("f", file);
        LoadedFile read = IndicatorFileLoader.load("f", file.toString(), bytes);

        assertThat(streamed).isEqualTo(read);
        assertThat(streamed.entries()).extracting(e -> e.provenance().indicatorId())
                .containsExactly(uuidId, uuidId, "indicator--NOT-A-UUID");
        assertThat(streamed.warnings()).singleElement().extracting(Warning::message).asString()
                .startsWith("indicator indicator--bad: cannot use pattern garbage");
    }

    @Test
    void readsABundleWhoseTypeFollowsItsObjects() {
        String json = "{\"objects\": [{\"type\": \"indicator\", \"id\": \"indicator--1\", "
                + "\"pattern\": \"[domain-name:value = 'a.com']\", \"pattern_type\": \"stix\"}], "
                + "\"type\": \"bundle\"}";
        LoadedFile loaded = IndicatorFileLoader.load("f", "f.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.entries()).extracting(FeedEntry::value).containsExactly("a.com");
    }

    @Test
    void takesTheNameOfAnIndicatorThatARelationshipPointsTo() {
        byte[] bundle = new StixBundleBuilder()
                .indicator("indicator--1", "[domain-name:value = 'a.com']")
                .relationship("indicator--1", "based-on", "indicator--2")
                .raw(StixBundleBuilder.object().put("type", "indicator").put("id", "indicator--2")
                        .put("name", "Named indicator").put("pattern", "[domain-name:value = 'b.com']"))
                .bytes();
        LoadedFile loaded = IndicatorFileLoader.load("feed", "f.stix2", bundle);
        assertThat(loaded.entries()).extracting(FeedEntry::provenance).containsExactly(
                new Provenance("feed", "f.stix2", "Named indicator", "indicator--1", "indicator--2"),
                new Provenance("feed", "f.stix2", null, "indicator--2", null));
    }

    @Test
    void capsWarningsPerFile() {
        StixBundleBuilder bundle = new StixBundleBuilder();
        for (int i = 0; i < 150; i++) {
            bundle.indicator("indicator--" + i, "garbage");
        }
        List<Warning> warnings = IndicatorFileLoader.load("f", "f.stix2", bundle.bytes()).warnings();
        assertThat(warnings).hasSize(101);
        assertThat(warnings.get(100).message()).isEqualTo("50 more indicators were skipped");
    }
}
