package org.spyglass.core.ioc.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.module.Warning;

class PlainListReaderTest {
    private static LoadedFile load(String content, PlainList list) {
        return IndicatorFileLoader.loadList("Amnesty", "domains.txt", content.getBytes(StandardCharsets.UTF_8), list);
    }

    private static List<String> described(LoadedFile loaded) {
        return loaded.entries().stream().map(e -> e.type() + " " + e.value() + " " + e.provenance().malware()
                + " " + e.provenance().category()).toList();
    }

    @Test
    void readsOneValuePerLineSkippingBlankLinesCommentsQuotesAndWhiteSpace() {
        String content = "\uFEFF# domains of the campaign\r\n"
                + "evil.example\r\n"
                + "\r\n"
                + "  \"Quoted.Example\"  \r\n"
                + "'single.example'\n"
                + "   # an indented comment\n"
                + "\ttabbed.example.\n";
        LoadedFile loaded = load(content, PlainList.values(IndicatorType.DOMAIN, "2020-03-12 Uzbekistan", null));

        assertThat(loaded.warnings()).isEmpty();
        assertThat(described(loaded)).containsExactly(
                "DOMAIN evil.example 2020-03-12 Uzbekistan null",
                "DOMAIN quoted.example 2020-03-12 Uzbekistan null",
                "DOMAIN single.example 2020-03-12 Uzbekistan null",
                "DOMAIN tabbed.example 2020-03-12 Uzbekistan null");
        assertThat(loaded.entries().get(0).provenance())
                .isEqualTo(new Provenance("Amnesty", "domains.txt", "2020-03-12 Uzbekistan", null, null, null));
        assertThat(loaded.file().countsByType()).isEqualTo(Map.of(IndicatorType.DOMAIN, 4));
        assertThat(loaded.file().malware()).containsExactly("2020-03-12 Uzbekistan");
        assertThat(loaded.file().newest()).isNull();
        assertThat(loaded.file().sha256()).hasSize(64);
    }

    @Test
    void turnsAnIpWrittenInADomainListIntoAnIp() {
        LoadedFile loaded = load("c2.example\n198.51.100.7\n2001:db8::1\n",
                PlainList.values(IndicatorType.DOMAIN, "C", null));
        assertThat(described(loaded)).containsExactly(
                "DOMAIN c2.example C null", "IPV4 198.51.100.7 C null", "IPV6 2001:db8::1 C null");
        assertThat(loaded.file().countsByType()).isEqualTo(
                Map.of(IndicatorType.DOMAIN, 1, IndicatorType.IPV4, 1, IndicatorType.IPV6, 1));
    }

    @Test
    void keepsTheDeclaredTypeInsteadOfGuessingFromTheValue() {
        LoadedFile loaded = load("evil.example\n", PlainList.values(IndicatorType.FILE_NAME, null, null));
        assertThat(loaded.entries()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(IndicatorType.FILE_NAME);
            assertThat(e.provenance().malware()).isNull();
        });
    }

    @Test
    void warnsAboutBadLinesWithTheFileAndLineNumberAndKeepsTheRest() {
        LoadedFile loaded = load("good.example\n# comment\nnot a domain!\n\nalso-good.example\n",
                PlainList.values(IndicatorType.DOMAIN, "C", null));
        assertThat(loaded.entries()).extracting(FeedEntry::value).containsExactly("good.example", "also-good.example");
        assertThat(loaded.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("domains.txt");
            assertThat(w.message()).isEqualTo("line 3: not a valid domain name ('not a domain!'); skipped");
        });
    }

    @Test
    void capsWarningsPerList() {
        String content = "bad value\n".repeat(150) + "good.example\n";
        LoadedFile loaded = load(content, PlainList.values(IndicatorType.DOMAIN, null, null));
        assertThat(loaded.entries()).hasSize(1);
        assertThat(loaded.warnings()).hasSize(101);
        assertThat(loaded.warnings().get(100).message()).isEqualTo("50 more indicators were skipped");
    }

    @Test
    void readsQuotedDomainAndIpColumnsNamedByTheHeader() {
        String csv = "domain_name,ip_address\n"
                + "\"14-tracking.example\",\"192.0.2.25\"\n"
                + "\"access.dyn.example\",\"192.0.2.26\"\n"
                + "\"only-domain.example\",\"\"\n";
        LoadedFile loaded = load(csv, PlainList.csv("2018-08-01 NSO", null));
        assertThat(loaded.warnings()).isEmpty();
        assertThat(described(loaded)).containsExactly(
                "DOMAIN 14-tracking.example 2018-08-01 NSO null", "IPV4 192.0.2.25 2018-08-01 NSO null",
                "DOMAIN access.dyn.example 2018-08-01 NSO null", "IPV4 192.0.2.26 2018-08-01 NSO null",
                "DOMAIN only-domain.example 2018-08-01 NSO null");
    }

    @Test
    void readsAHashColumnInAnyCaseAndIgnoresDescriptions() {
        String sha = "1E9162CD0941557304A6A097DFAADF59F90BC8BBAA9879AFE67B5CE0D1514BE8";
        String csv = "sha256,Description\n" + sha + ",Linux sample, with a comma\n" + sha + ",Linux sample\n";
        LoadedFile loaded = load(csv, PlainList.csv("2020-09-25 FinFisher", null));
        assertThat(loaded.entries()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(IndicatorType.SHA256);
            assertThat(e.value()).isEqualTo(sha.toLowerCase(Locale.ROOT));
        });
        assertThat(loaded.warnings()).extracting(Warning::message)
                .containsExactly("line 2 has 3 fields where the header names 2; skipped");
    }

    @Test
    void keepsTheAppOfEchapSamplesAsMalwareWithTheListCategoryAndOnlyTheHash() {
        String a = "2f3bc9ebe8c249f0416f5b0367f34b4b8f6aaa7d351dc5b4912fe2558491b6b7";
        String b = "3c4fb64a3166c39cccc9363a93ac1dfecc32e27d70539dce595b00ec78749e69";
        String c = "5e52438f28275dc2a7e83b989e726f86ba53c915b44f126507763850197646f6";
        String csv = "SHA256,Package Name,Certificate,Version,App\n"
                + a + ",com.topspy,7F5C0D54A813BA9B87A91420CA2C3DE5E7948F09,9,1TopSpy\n"
                + b + ",,,,AllTracker\n"
                + c + ",com.unknown,,,\n";
        LoadedFile loaded = IndicatorFileLoader.loadList("ECHAP", "samples.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), PlainList.csv(null, "stalkerware"));
        assertThat(loaded.warnings()).isEmpty();
        assertThat(described(loaded)).containsExactly(
                "SHA256 " + a + " 1TopSpy stalkerware",
                "SHA256 " + b + " AllTracker stalkerware",
                "SHA256 " + c + " null stalkerware");
        assertThat(loaded.file().countsByType()).isEqualTo(Map.of(IndicatorType.SHA256, 3));
        assertThat(loaded.file().malware()).containsExactly("1TopSpy", "AllTracker");
    }

    @Test
    void warnsAboutCsvRowsWithAnUnclosedQuoteOrABadValueByLineNumber() {
        String csv = "# exported list\ndomain_name,ip_address\n\"a.example,192.0.2.1\nb.example,300.1.2.3\n"
                + "c.example,192.0.2.3\n";
        LoadedFile loaded = load(csv, PlainList.csv(null, null));
        assertThat(loaded.entries()).extracting(FeedEntry::value).containsExactly("b.example", "c.example",
                "192.0.2.3");
        assertThat(loaded.warnings()).extracting(Warning::message).containsExactly(
                "line 3 has an unclosed quote; skipped",
                "line 4: not a valid IP address ('300.1.2.3'); skipped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# only a comment\n\n", "Package Name,Version\ncom.a,1\n", "\"domain_name,x\n"})
    void refusesACsvWithoutAHeaderNamingAnIndicatorColumn(String csv) {
        assertThatThrownBy(() -> load(csv, PlainList.csv(null, null)))
                .isInstanceOf(SpyglassException.class)
                .hasMessageStartingWith("Cannot read indicators from domains.txt: ")
                .extracting(e -> ((SpyglassException) e).exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    }

    @Test
    void readsAnEmptyValueListAsAFileWithoutIndicators() {
        LoadedFile loaded = load("\n# nothing yet\n", PlainList.values(IndicatorType.SHA256, "C", null));
        assertThat(loaded.entries()).isEmpty();
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.file().total()).isZero();
    }

    static Stream<Arguments> csvLines() {
        return Stream.of(
                Arguments.of("a,b", List.of("a", "b")),
                Arguments.of(" a , b ", List.of("a", "b")),
                Arguments.of("\"a,b\",c", List.of("a,b", "c")),
                Arguments.of("\"say \"\"hi\"\"\",x", List.of("say \"hi\"", "x")),
                Arguments.of("a,,", List.of("a", "", "")),
                Arguments.of("\"a\" ,b", List.of("a", "b")),
                Arguments.of("\"a", null),
                Arguments.of("\"a\"x,b", null));
    }

    @ParameterizedTest
    @MethodSource("csvLines")
    void splitsCsvFieldsHonouringDoubleQuotes(String line, List<String> expected) {
        assertThat(PlainListReader.fields(line)).isEqualTo(expected);
    }

    @Test
    void declaresATypeForValueListsOnly() {
        assertThatThrownBy(() -> new PlainList(PlainList.Layout.VALUES, null, "C", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlainList(PlainList.Layout.CSV, IndicatorType.DOMAIN, "C", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PlainList.csv("  ", " stalkerware ")).isEqualTo(
                new PlainList(PlainList.Layout.CSV, null, null, "stalkerware"));
    }
}
