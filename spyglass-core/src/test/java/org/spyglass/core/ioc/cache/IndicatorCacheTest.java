package org.spyglass.core.ioc.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.ioc.match.IndicatorSet;
import org.spyglass.core.module.Warning;

class IndicatorCacheTest {
    private static final IndicatorSet PARSED = CachedSetFixture.build();
    private static final List<Warning> WARNINGS = List.of(new Warning("indicators", "b.json", "a bad md5"));

    @TempDir
    Path dir;

    private IndicatorCache.Cached roundTrip() throws IOException {
        IndicatorCache cache = new IndicatorCache(dir);
        String key = IndicatorCache.key(List.of("a", "b"));
        cache.write(key, PARSED, WARNINGS);
        IndicatorCache.Lookup lookup = cache.read(key);
        assertThat(lookup.problem()).isNull();
        return lookup.cached();
    }

    /** Every question of {@link Indicators}, by name. */
    private static final Map<String, BiFunction<Indicators, String, List<IndicatorMatch>>> QUESTIONS = Map.ofEntries(
            Map.entry("host", Indicators::matchHost), Map.entry("url", Indicators::matchUrl),
            Map.entry("ip", Indicators::matchIp), Map.entry("email", Indicators::matchEmail),
            Map.entry("process", Indicators::matchProcess), Map.entry("fileName", Indicators::matchFileName),
            Map.entry("filePath", Indicators::matchFilePath), Map.entry("fileHash", Indicators::matchFileHash),
            Map.entry("appId", Indicators::matchAppId), Map.entry("appCertHash", Indicators::matchAppCertHash),
            Map.entry("profileId", Indicators::matchProfileId),
            Map.entry("androidProperty", Indicators::matchAndroidProperty));

    /** For each type, its values and variants of them that match or nearly match. */
    static Stream<Arguments> lookups() {
        List<Arguments> out = new ArrayList<>();
        CachedSetFixture.PATTERNS.forEach((type, values) -> {
            List<String> probes = new ArrayList<>();
            for (String value : values) {
                probes.addAll(List.of(value, value.toUpperCase(Locale.ROOT), value.toLowerCase(Locale.ROOT),
                        "x." + value, "not" + value, value + "x", "https://" + value + "/p?q=1", "http://www." + value,
                        value + "/below", "/usr/libexec/" + value, value.substring(0, Math.min(16, value.length())),
                        " " + value + " ", "mailto:" + value));
            }
            probes.addAll(java.util.Arrays.asList(null, "", "com", "198.51.100.200", "2001:db8:ff00::9",
                    "::ffff:198.51.100.1", "203.0.113.9:443", "contextstoremgrd-extra", "com.apple.Mappit.",
                    "com.apple.Mappit.SnapshotServiceX"));
            out.add(Arguments.of(type, probes));
        });
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookups")
    void cachedSetAnswersEveryQuestionAsTheParsedSet(IndicatorType type, List<String> probes) throws IOException {
        Indicators cached = roundTrip().indicators();
        int matched = 0;
        for (String probe : probes) {
            for (Map.Entry<String, BiFunction<Indicators, String, List<IndicatorMatch>>> question
                    : QUESTIONS.entrySet()) {
                List<IndicatorMatch> expected = question.getValue().apply(PARSED, probe);
                assertThat(question.getValue().apply(cached, probe))
                        .as("%s(%s)", question.getKey(), probe).isEqualTo(expected);
                matched += expected.size();
            }
        }
        assertThat(matched).as("the probes of %s match something", type).isPositive();
    }

    @Test
    void cachedSetKeepsFilesCountsAndWarnings() throws IOException {
        IndicatorCache.Cached cached = roundTrip();

        assertThat(cached.indicators().files()).isEqualTo(PARSED.files());
        assertThat(cached.indicators().countsByType()).isEqualTo(PARSED.countsByType())
                .containsOnlyKeys(IndicatorType.values());
        assertThat(cached.indicators().size()).isEqualTo(PARSED.size());
        assertThat(cached.warnings()).isEqualTo(WARNINGS);
        assertThat(PARSED.files().get(0).newest()).isNotNull();
    }

    @Test
    void cachedSetKeepsEveryProvenanceOfAValueNamedByTwoFilesAndTwoReports() throws IOException {
        Indicators cached = roundTrip().indicators();

        List<IndicatorMatch> matches = cached.matchHost("evil.com");
        assertThat(matches).singleElement().satisfies(match -> assertThat(match.indicator().provenance())
                .extracting(p -> p.feed() + "/" + p.malware() + "/" + p.indicatorId())
                .containsExactly("Feed A/Report one/indicator--3f1c1d2e-0000-4000-8000-000000000000",
                        "Feed B/Pegasus/indicator--custom-1"));
        assertThat(cached.matchAppId("org.stalker.spy").get(0).indicator().provenance())
                .extracting(p -> p.feed() + "/" + p.category()).containsExactly("Feed A/null", "Feed C/stalkerware");
        assertThat(cached.matchAppId("org.stalker.spy")).isEqualTo(PARSED.matchAppId("org.stalker.spy"));
    }

    @Test
    void anEmptySetRoundTrips() throws IOException {
        IndicatorCache cache = new IndicatorCache(dir);
        cache.write("k", IndicatorSet.empty(), List.of());

        IndicatorCache.Cached cached = cache.read("k").cached();
        assertThat(cached.indicators().size()).isZero();
        assertThat(cached.indicators().files()).isEmpty();
        assertThat(cached.indicators().matchHost("evil.com")).isEmpty();
    }

    @Test
    void aMissingFileIsAQuietMiss() {
        IndicatorCache.Lookup lookup = new IndicatorCache(dir.resolve("absent")).read("k");

        assertThat(lookup.cached()).isNull();
        assertThat(lookup.problem()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedTruncatedOrForeignFileIsIgnoredWithTheReason(Damage damage) throws IOException {
        IndicatorCache cache = new IndicatorCache(dir);
        Path file = cache.write("k", PARSED, WARNINGS);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, damage.apply(bytes));

        IndicatorCache.Lookup lookup = cache.read("k");

        assertThat(lookup.cached()).isNull();
        assertThat(lookup.problem()).contains(file.toString()).contains(damage.reason);
    }

    enum Damage {
        FLIPPED_BYTE("checksum") {
            @Override
            byte[] apply(byte[] bytes) {
                byte[] copy = bytes.clone();
                copy[copy.length / 2] ^= 0x10;
                return copy;
            }
        },
        TRUNCATED("truncated") {
            @Override
            byte[] apply(byte[] bytes) {
                return java.util.Arrays.copyOf(bytes, bytes.length - 100);
            }
        },
        TOO_SHORT("too short") {
            @Override
            byte[] apply(byte[] bytes) {
                return java.util.Arrays.copyOf(bytes, 10);
            }
        },
        FOREIGN("not a Spyglass indicator cache") {
            @Override
            byte[] apply(byte[] bytes) {
                return "{\"type\": \"bundle\", \"objects\": [], \"padding\": \"....................\"}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        },
        OTHER_KEY("made for other feed files") {
            @Override
            byte[] apply(byte[] bytes) {
                byte[] copy = bytes.clone();
                int at = CacheFile.MAGIC_TEXT.length() + 1;
                int versionLength = copy[at] - 1;
                copy[at + 1 + versionLength + 1] = 'j';
                return copy;
            }
        };

        private final String reason;

        Damage(String reason) {
            this.reason = reason;
        }

        abstract byte[] apply(byte[] bytes);

        String reason() {
            return reason;
        }
    }

    @Test
    void writingLeavesNoTemporaryFileAndKeepsOnlyTheMostRecentlyUsedFiles() throws IOException {
        IndicatorCache cache = new IndicatorCache(dir);
        for (int i = 0; i < IndicatorCache.KEEP + 2; i++) {
            Path written = cache.write("key" + i, IndicatorSet.empty(), List.of());
            Files.setLastModifiedTime(written, FileTime.from(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i)));
        }
        assertThat(cache.read("key2").cached()).isNotNull();
        cache.write("key9", IndicatorSet.empty(), List.of());

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("key9.indicators", "key2.indicators", "key5.indicators",
                            "key4.indicators");
        }
    }

    @Test
    void theNewestKeyIsThatOfTheMostRecentlyUsedFileAndPeekingDoesNotMarkItUsed() throws IOException {
        IndicatorCache cache = new IndicatorCache(dir);
        assertThat(cache.newestKey()).isNull();
        for (int i = 0; i < 3; i++) {
            Path written = cache.write("key" + i, IndicatorSet.empty(), List.of());
            Files.setLastModifiedTime(written, FileTime.from(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i)));
        }
        Files.writeString(dir.resolve(".tmp-unfinished.indicators"), "x");
        assertThat(cache.newestKey()).isEqualTo("key2");

        IndicatorCache.Lookup peeked = cache.peek("key0");
        assertThat(peeked.cached()).isNotNull();
        assertThat(cache.newestKey()).isEqualTo("key2");

        assertThat(cache.markUsed(peeked.cached())).isTrue();
        assertThat(cache.newestKey()).isEqualTo("key0");
        Files.setLastModifiedTime(peeked.cached().file(), FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        assertThat(cache.read("key1").cached()).isNotNull();
        assertThat(cache.newestKey()).isEqualTo("key1");
    }

    @Test
    void aMissingFolderHasNoNewestKey() {
        assertThat(new IndicatorCache(dir.resolve("absent")).newestKey()).isNull();
    }

    @Test
    void anUnwritableFolderFailsTheWriteOnly() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        IndicatorCache cache = new IndicatorCache(notAFolder.resolve("cache"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.write("k", PARSED, WARNINGS))
                .isInstanceOf(IOException.class);
        assertThat(cache.read("k").cached()).isNull();
    }

    @Test
    void theKeyChangesWithAnySourceAndItsOrder() {
        String key = IndicatorCache.key(List.of("a", "b"));

        assertThat(IndicatorCache.key(List.of("a", "b"))).isEqualTo(key).hasSize(64);
        assertThat(IndicatorCache.key(List.of("b", "a"))).isNotEqualTo(key);
        assertThat(IndicatorCache.key(List.of("ab"))).isNotEqualTo(key);
        assertThat(IndicatorCache.key(List.of("a", "b", ""))).isNotEqualTo(key);
    }

    @Test
    void theFolderIsTheVariableElseXdgCacheHomeElseHome() {
        assertThat(IndicatorCache.defaultFolder(Map.of("SPYGLASS_CACHE_DIR", "/c", "XDG_CACHE_HOME", "/x",
                "HOME", "/h"))).isEqualTo(Path.of("/c"));
        assertThat(IndicatorCache.defaultFolder(Map.of("XDG_CACHE_HOME", "/x", "HOME", "/h")))
                .isEqualTo(Path.of("/x/spyglass/indicators"));
        assertThat(IndicatorCache.defaultFolder(Map.of("HOME", "/h")))
                .isEqualTo(Path.of("/h/.cache/spyglass/indicators"));
    }
}
