package org.spyglass.core.ioc.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StixPatternParserTest {

    static Stream<Arguments> awkwardQuoting() {
        return Stream.of(
                Arguments.of("[domain-name:value = 'evil.com']", "domain-name:value", "evil.com"),
                Arguments.of("[domain-name:value='evil.com']", "domain-name:value", "evil.com"),
                Arguments.of("  [ domain-name:value   =   'evil.com' ]  ", "domain-name:value", "evil.com"),
                Arguments.of("[url:value = 'https://evil.com/a?b=c&d=e']", "url:value", "https://evil.com/a?b=c&d=e"),
                Arguments.of("[url:value = 'http://evil.com/x]y']", "url:value", "http://evil.com/x]y"),
                Arguments.of("[url:value = 'http://evil.com/it\\'s']", "url:value", "http://evil.com/it's"),
                Arguments.of("[file:path = 'C:\\\\Temp\\\\x.exe']", "file:path", "C:\\Temp\\x.exe"),
                Arguments.of("[file:name = 'a name with spaces [1].txt']", "file:name", "a name with spaces [1].txt"),
                Arguments.of("[file:name = 'odd\\q']", "file:name", "odd\\q"),
                Arguments.of("[file:hashes.'SHA-256' = 'AB12']", "file:hashes.SHA-256", "AB12"),
                Arguments.of("[file:hashes.sha256='ab12']", "file:hashes.sha256", "ab12"),
                Arguments.of("[file:hashes.'MD5' = 'ab12']", "file:hashes.MD5", "ab12"),
                Arguments.of("[app:cert.sha1 = 'ab12']", "app:cert.sha1", "ab12"),
                Arguments.of("[process:name = '']", "process:name", ""),
                Arguments.of("[file:hashes.'SHA-256' = h'ab12']", "file:hashes.SHA-256", "ab12"),
                Arguments.of("[Domain-Name:value = 'x.com']", "domain-name:value", "x.com"));
    }

    @ParameterizedTest
    @MethodSource("awkwardQuoting")
    void readsQuotedValuesWithEveryCharacter(String pattern, String path, String value) throws Exception {
        List<StixComparison> comparisons = StixPatternParser.parse(pattern);
        assertThat(comparisons).hasSize(1);
        assertThat(comparisons.get(0).objectPath()).isEqualTo(path);
        assertThat(comparisons.get(0).value()).isEqualTo(value);
    }

    @Test
    void readsOrAcrossObservations() throws Exception {
        assertThat(StixPatternParser.parse("[a:b = 'v1'] OR [c:d = 'v2']"))
                .containsExactly(comparison("a", "b", "v1"), comparison("c", "d", "v2"));
    }

    @Test
    void readsOrInsideOneObservation() throws Exception {
        assertThat(StixPatternParser.parse("[a:b = 'v1' OR a:b = 'v2' OR (c:d = 'v3')]"))
                .containsExactly(comparison("a", "b", "v1"), comparison("a", "b", "v2"), comparison("c", "d", "v3"));
    }

    @Test
    void readsInAsOr() throws Exception {
        assertThat(StixPatternParser.parse("[a:b IN ('v1', 'v2')]"))
                .containsExactly(comparison("a", "b", "v1"), comparison("a", "b", "v2"));
    }

    @Test
    void readsListIndexesInPaths() throws Exception {
        assertThat(StixPatternParser.parse("[email-message:to_refs[*].value = 'x@y.z']").get(0).path())
                .containsExactly("to_refs", "[*]", "value");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[a:b = 'v1' AND c:d = 'v2']",
        "[a:b = 'v1'] AND [c:d = 'v2']",
        "[a:b = 'v1'] FOLLOWEDBY [c:d = 'v2']",
        "[a:b = 'v1' OR (c:d = 'v2' AND e:f = 'v3')]",
        "[a:b = 'v1'] REPEATS 5 TIMES",
        "[a:b = 'v1'] WITHIN 300 SECONDS",
        "[a:b = 'v1'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'",
        "[a:b != 'v1']",
        "[a:b LIKE 'v%']",
        "[a:b MATCHES '^v']",
        "[a:b NOT = 'v1']",
        "[a:b > 5]"})
    void refusesPatternsThatNeedMoreThanOneValue(String pattern) {
        assertThatThrownBy(() -> StixPatternParser.parse(pattern)).isInstanceOf(StixPatternException.class);
    }

    @Test
    void explainsWhyAndIsRefused() {
        assertThatThrownBy(() -> StixPatternParser.parse("[a:b = 'v1' AND c:d = 'v2']"))
                .hasMessageContaining("AND-joined comparisons");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "garbage", "[a:b = 'unterminated]", "[a:b = 'v'", "a:b = 'v'", "[a = 'v']",
        "[a:b 'v']", "[a:b = ]", "[a:b = 'v'] OR", "[a:b = 'v']]", "[a:b == 'v'] x", "[:b = 'v']", "[a:b = 'v' OR]",
        "[a:b = 'v'] [c:d = 'w']", "[a:b ! 'v']", "[a:b = 'v'] OR [", "[a:b = 'v';]", "((((["})
    void refusesGarbage(String pattern) {
        assertThatThrownBy(() -> StixPatternParser.parse(pattern)).isInstanceOf(StixPatternException.class);
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> StixPatternParser.parse(null)).isInstanceOf(StixPatternException.class);
    }

    private static StixComparison comparison(String type, String property, String value) {
        return new StixComparison(type, List.of(property), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[domain-name:value = 'evil.com']", "[Domain-Name:value = 'Evil.COM']",
        "[a:b = '']", "[a:b = 'x']", "[process:name = 'bh ']", "[url:value = 'http://x.y/a b?c=[d]']",
        "[file:hashes.md5 = 'abc']", "[domain-name:value = 'a\\'b']", "[domain-name:value = 'a\\\\b']",
        "[domain-name:value = 'x'] OR [domain-name:value = 'y']", "[domain-name:value  = 'x']",
        "[domain-name:value = 'x' ]", "[domain-name:value != 'x']", "[domain-name:*value = 'x']",
        "[OR:IN = 'x']", "[x:NOT = 'v']", "[a:b = ']", "[:b = 'x']", "[a: = 'x']", "[a:b = 'x'']",
        "[a:b = h'00']", "[a:b = 'x'] WITHIN 5 SECONDS", "[a:b = 'é ü']"})
    void theShortCutForOneComparisonReadsAsTheGrammarDoes(String pattern) {
        Object fast;
        Object grammar;
        try {
            fast = StixPatternParser.parse(pattern);
        } catch (StixPatternException e) {
            fast = e.getMessage();
        }
        try {
            grammar = StixPatternParser.parseGrammar(pattern);
        } catch (StixPatternException e) {
            grammar = e.getMessage();
        }
        assertThat(fast).isEqualTo(grammar);
    }
}
