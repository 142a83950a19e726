package org.spyglass.cli.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.ioc.StixBundleBuilder;
import org.spyglass.core.ioc.match.IndicatorSet;

class FeedResolverCacheTest {
    @TempDir
    Path dir;

    private Path bundle(String relative, String domain) {
        return new StixBundleBuilder().malware("malware--1", "M-" + domain)
                .indicator("indicator--" + domain, "[domain-name:value = '" + domain + "']")
                .indicates("indicator--" + domain, "malware--1")
                .writeTo(dir.resolve(relative));
    }

    /** Resolves, then waits for the cache file, written on a thread of its own, as a check does at its end. */
    private ResolvedIndicators resolve(Path... iocs) {
        ResolvedIndicators resolved = new FeedResolver(dir.resolve("data"), Map.of(), dir.resolve("cache"))
                .resolve(List.of(iocs), true);
        resolved.cache();
        return resolved;
    }

    private Path folderWithABrokenFile() throws IOException {
        bundle("folder/a.stix2", "one.com");
        bundle("folder/b.json", "two.com");
        Files.writeString(dir.resolve("folder/c.stix2"), "{not json", StandardCharsets.UTF_8);
        return dir.resolve("folder");
    }

    private static void assertSame(ResolvedIndicators cached, ResolvedIndicators parsed) {
        Indicators a = cached.indicators();
        Indicators b = parsed.indicators();
        assertThat(a.files()).isEqualTo(b.files());
        assertThat(a.countsByType()).isEqualTo(b.countsByType());
        assertThat(a.size()).isEqualTo(b.size());
        assertThat(cached.warnings()).isEqualTo(parsed.warnings());
        for (String host : List.of("one.com", "x.two.com", "pegasus.com", "nothing.example")) {
            assertThat(a.matchHost(host)).isEqualTo(b.matchHost(host));
        }
    }

    @Test
    void aSecondRunOverTheSameFilesReadsTheCompiledSetFromTheCache() throws IOException {
        Path folder = folderWithABrokenFile();
        ResolvedIndicators first = resolve(folder);
        ResolvedIndicators second = resolve(folder);

        assertThat(first.cache()).startsWith("indicators: parsed; the compiled set was written to the cache "
                + dir.resolve("cache"));
        assertThat(second.cache()).startsWith("indicators: read from the cache " + dir.resolve("cache"));
        assertThat(second.warnings()).anySatisfy(w -> assertThat(w.location()).endsWith("c.stix2"));
        assertThat(second.indicators().matchHost("x.two.com")).isNotEmpty();
        assertSame(second, first);
        ResolvedIndicators uncached = new FeedResolver(dir.resolve("data"), Map.of()).resolve(List.of(folder), true);
        assertSame(second, uncached);
        assertThat(uncached.cache()).isEqualTo("indicators: parsed (indicator cache not used)");
    }

    @Test
    void aChangedFileIsParsedAgain() {
        Path file = bundle("one.stix2", "one.com");
        resolve(file);
        bundle("one.stix2", "other.com");

        ResolvedIndicators again = resolve(file);

        assertThat(again.cache()).contains("written to the cache");
        assertThat(again.indicators().matchHost("other.com")).isNotEmpty();
        assertThat(again.indicators().matchHost("one.com")).isEmpty();
        assertThat(resolve(file).indicators().matchHost("other.com")).isNotEmpty();
    }

    @Test
    void runsAlternatingBetweenTwoFeedSetsEachGetTheirOwnSetThoughTheOtherWasReadAhead() {
        Path first = bundle("one.stix2", "one.com");
        Path second = bundle("two.stix2", "two.com");
        assertThat(resolve(first).cache()).contains("written to the cache");
        assertThat(resolve(second).cache()).contains("written to the cache");

        for (int round = 0; round < 2; round++) {
            ResolvedIndicators one = resolve(first);
            assertThat(one.cache()).contains("read from the cache");
            assertThat(one.indicators().matchHost("one.com")).isNotEmpty();
            assertThat(one.indicators().matchHost("two.com")).isEmpty();
            ResolvedIndicators two = resolve(second);
            assertThat(two.cache()).contains("read from the cache");
            assertThat(two.indicators().matchHost("two.com")).isNotEmpty();
            assertThat(two.indicators().matchHost("one.com")).isEmpty();
        }
    }

    @Test
    void theSameFileUnderAnotherFeedOrPathIsParsedAgain() throws IOException {
        Path file = bundle("one.stix2", "one.com");
        resolve(file);
        Path copy = Files.copy(file, dir.resolve("copy.stix2"));

        ResolvedIndicators again = resolve(copy);

        assertThat(again.cache()).contains("written to the cache");
        assertThat(again.indicators().matchHost("one.com").get(0).indicator().provenance().get(0).file())
                .isEqualTo(copy.toString());
    }

    @Test
    void aDamagedCacheFileIsIgnoredWithAWarningAndRebuilt() throws IOException {
        Path file = bundle("one.stix2", "one.com");
        ResolvedIndicators parsed = resolve(file);
        Path cacheFile;
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            cacheFile = files.filter(p -> p.toString().endsWith(".indicators")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(cacheFile);
        bytes[bytes.length - 40] ^= 1;
        Files.write(cacheFile, bytes);

        ResolvedIndicators damaged = resolve(file);

        assertThat(damaged.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo(cacheFile.toString());
            assertThat(w.message()).contains("was not used").contains("checksum");
        });
        assertThat(damaged.cache()).contains("written to the cache");
        assertThat(damaged.indicators().matchHost("one.com")).isEqualTo(parsed.indicators().matchHost("one.com"));
        ResolvedIndicators rebuilt = resolve(file);
        assertThat(rebuilt.cache()).contains("read from the cache");
        assertThat(rebuilt.warnings()).isEmpty();
    }

    @Test
    void anUnwritableCacheFolderOnlyCostsTheCache() throws IOException {
        Path file = bundle("one.stix2", "one.com");
        Files.writeString(dir.resolve("cache"), "not a folder", StandardCharsets.UTF_8);

        ResolvedIndicators resolved = resolve(file);

        assertThat(resolved.cache()).startsWith("indicators: parsed; the cache could not be written to");
        assertThat(resolved.indicators().matchHost("one.com")).isNotEmpty();
        assertThat(resolved.warnings()).isEmpty();
    }

    @Test
    void aResolverWithoutCacheWritesNothing() {
        Path file = bundle("one.stix2", "one.com");

        new FeedResolver(dir.resolve("data"), Map.of()).resolve(List.of(file), true);

        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void aMissingFileNamedByTheUserStillStopsTheRunWhenACacheExists() {
        Path file = bundle("one.stix2", "one.com");
        resolve(file);

        assertThatThrownBy(() -> resolve(file, dir.resolve("missing.stix2")))
                .isInstanceOf(SpyglassException.class).hasMessageContaining("does not exist");
    }

    @Test
    void theCachedSetIsAnIndicatorSetWithTheBundledFeeds() {
        FeedResolver resolver = new FeedResolver(dir.resolve("data"), Map.of(), dir.resolve("cache"))
                .withoutShippedSet();
        ResolvedIndicators first = resolver.resolve(List.of(), true);
        first.cache();
        ResolvedIndicators second = resolver.resolve(List.of(), true);

        assertThat(second.indicators()).isInstanceOf(IndicatorSet.class);
        assertThat(second.cache()).contains("read from the cache");
        assertThat(second.indicators().files()).hasSizeGreaterThan(10).isEqualTo(first.indicators().files());
    }
}
