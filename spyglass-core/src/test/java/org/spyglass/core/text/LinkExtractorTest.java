package org.spyglass.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LinkExtractorTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("Go to https://example.org/a?b=1.", List.of("https://example.org/a?b=1")),
                Arguments.of("HTTP://EXAMPLE.ORG/X, then", List.of("HTTP://EXAMPLE.ORG/X")),
                Arguments.of("bare www.example.com/path!", List.of("www.example.com/path")),
                Arguments.of("(see https://example.org/x)", List.of("https://example.org/x")),
                Arguments.of("https://en.wikipedia.org/wiki/Foo_(bar)", List.of("https://en.wikipedia.org/wiki/Foo_(bar)")),
                Arguments.of("\"http://a.example/q\"", List.of("http://a.example/q")),
                Arguments.of("two: http://a.example http://b.example;", List.of("http://a.example", "http://b.example")),
                Arguments.of("mail me at me@www.example.com", List.of()),
                Arguments.of("https:// nothing", List.of()),
                Arguments.of("no links here", List.of()),
                Arguments.of("an httpd log, xwww.example.com, then Www.Example.org/x", List.of("Www.Example.org/x")),
                Arguments.of("ends in http", List.of()),
                Arguments.of("hTtPs://Mixed.example/p", List.of("hTtPs://Mixed.example/p")),
                Arguments.of("www.", List.of()),
                // The trimming eats into "www." itself: once an exception that stopped the module (found by fuzzing)
                Arguments.of("see www... later", List.of()),
                Arguments.of("www..", List.of()),
                Arguments.of("www.?!", List.of()),
                Arguments.of("WWW.)", List.of()),
                Arguments.of("www..example.org then www.example.org...", List.of("www.example.org")),
                Arguments.of("http://.", List.of()),
                Arguments.of("https://!", List.of()),
                Arguments.of("", List.of()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("texts")
    void extractsHttpAndWwwLinksWithoutTrailingPunctuation(String text, List<String> links) {
        assertThat(LinkExtractor.extract(text)).isEqualTo(links);
    }

    @Test
    void findsNothingInNull() {
        assertThat(LinkExtractor.extract(null)).isEmpty();
    }
}
