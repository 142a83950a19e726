package org.spyglass.cli.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.StixBundleBuilder;
import org.spyglass.core.ioc.load.IndicatorFileLoader;
import org.spyglass.core.ioc.match.IndicatorSetBuilder;
import org.spyglass.core.ioc.match.IndicatorSet;

class IocsListingTest {

    @Test
    void listsEachFileWithFeedMalwareCountsAndTotals() {
        byte[] bundle = new StixBundleBuilder().malware("malware--1", "Pegasus")
                .indicator("indicator--1", "[domain-name:value = 'a.com']", "2021-07-18T00:00:00Z")
                .indicates("indicator--1", "malware--1")
                .indicator("indicator--2", "[process:name = 'bh']").indicates("indicator--2", "malware--1")
                .bytes();
        IndicatorSet set = new IndicatorSetBuilder().add(IndicatorFileLoader.load("NSO feed", "p.stix2", bundle))
                .build();

        assertThat(IocsListing.format(set)).isEqualTo("""
                Indicator files loaded: 1

                NSO feed
                  file:       p.stix2
                  malware:    Pegasus
                  indicators: 2 (domains 1, processes 1)

                Total: 2 distinct indicators in 1 file (domains 1, processes 1)
                Newest indicator date: 2024-03-04
                """);
    }

    @Test
    void neverReadsLikeAResult() {
        String text = IocsListing.format(new FeedResolver(java.nio.file.Path.of("/nonexistent-spyglass-data"),
                Map.of()).resolve(List.of(), true).indicators());
        assertThat(text.toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("found", "match", "detect", "alert", "hit");
        assertThat(text).contains("Total: 12632 distinct indicators in 43 files")
                .contains("Newest indicator date: 2026-");
    }

    @Test
    void findsTheNewestDateAcrossFiles() {
        FeedFile old = new FeedFile("a", "a", "00", List.of(), Map.of(IndicatorType.DOMAIN, 1),
                Instant.parse("2020-01-01T00:00:00Z"));
        FeedFile none = new FeedFile("b", "b", "00", List.of(), Map.of(), null);
        FeedFile recent = new FeedFile("c", "c", "00", List.of(), Map.of(), Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(IocsListing.newest(List.of(old, none, recent))).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(IocsListing.newest(List.of(none))).isNull();
    }
}
