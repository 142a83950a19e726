package org.spyglass.cli.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.ioc.cache.IndicatorCache;
import org.spyglass.core.ioc.load.FeedEntry;
import org.spyglass.core.module.Warning;

/** The compiled set of the bundled feeds that the build puts in the classes (and so in the jar). */
class ShippedIndicatorsTest {
    private static FeedResolver.Compiled parsed;
    private static IndicatorCache.Compiled shipped;

    @BeforeAll
    static void load() {
        parsed = FeedResolver.bundledOnly().compile(List.of(), true);
        List<Warning> problems = new ArrayList<>();
        URL resource = ShippedIndicators.resource();
        shipped = resource == null ? null : ShippedIndicators.read(resource, parsed.key(), problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void theBuildPutsTheCompiledSetOfTheBundledFeedsInTheClasses() {
        URL resource = ShippedIndicators.resource();

        assertThat(resource).isNotNull();
        assertThat(resource.getProtocol()).isEqualTo("file");
        assertThat(resource.getPath()).endsWith("spyglass-cli/target/classes/org/spyglass/feeds/bundled.indicators");
        assertThat(shipped).as("made for the key of the bundled feeds as this build parses them").isNotNull();
    }

    @Test
    void theShippedSetHoldsWhatParsingTheBundledFeedsGives() {
        assertThat(shipped.indicators().size()).isEqualTo(parsed.parsed().size()).isGreaterThan(10_000);
        assertThat(shipped.indicators().countsByType()).isEqualTo(parsed.parsed().countsByType());
        assertThat(shipped.indicators().files()).isEqualTo(parsed.parsed().files()).hasSizeGreaterThan(40);
        assertThat(shipped.warnings()).isEqualTo(parsed.warnings());
    }

    @Test
    void theShippedSetIsNotUsedForOtherFeedsNorIsThatAnError() {
        List<Warning> problems = new ArrayList<>();

        assertThat(ShippedIndicators.read(ShippedIndicators.resource(), "another key", problems)).isNull();
        assertThat(problems).isEmpty();
    }

    /** For each indicator type of the bundled feeds, some of its values (first and last of each file) and variants. */
    static Stream<Arguments> samples() {
        Map<IndicatorType, Set<String>> probes = new EnumMap<>(IndicatorType.class);
        for (BundledFeeds.Entry entry : BundledFeeds.manifest()) {
            List<FeedEntry> entries = BundledFeeds.load(entry).entries();
            List<FeedEntry> picked = new ArrayList<>(entries.subList(0, Math.min(5, entries.size())));
            picked.addAll(entries.subList(Math.max(0, entries.size() - 3), entries.size()));
            for (FeedEntry feedEntry : picked) {
                String value = feedEntry.value();
                probes.computeIfAbsent(feedEntry.type(), type -> new LinkedHashSet<>()).addAll(List.of(value,
                        value.toUpperCase(Locale.ROOT), "x." + value, value + "x", "https://" + value + "/a?b=c",
                        "/private/var/" + value));
            }
        }
        return probes.entrySet().stream().map(e -> Arguments.of(e.getKey(), List.copyOf(e.getValue())));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theShippedSetAnswersEachLookupAsTheParsedSet(IndicatorType type, List<String> probes) {
        int found = 0;
        for (String probe : probes) {
            List<IndicatorMatch> expected = ask(parsed.parsed(), type, probe);
            assertThat(ask(shipped.indicators(), type, probe)).as(type + " " + probe).isEqualTo(expected);
            found += expected.isEmpty() ? 0 : 1;
        }
        assertThat(found).as("lookups of " + type + " that match").isGreaterThan(0);
    }

    private static List<IndicatorMatch> ask(Indicators set, IndicatorType type, String probe) {
        return switch (type) {
            case DOMAIN -> set.matchHost(probe);
            case URL -> set.matchUrl(probe);
            case IPV4, IPV6 -> set.matchIp(probe);
            case EMAIL -> set.matchEmail(probe);
            case PROCESS -> set.matchProcess(probe);
            case FILE_NAME -> set.matchFileName(probe);
            case FILE_PATH -> set.matchFilePath(probe);
            case MD5, SHA1, SHA256 -> set.matchFileHash(probe);
            case APP_ID -> set.matchAppId(probe);
            case APP_CERT_HASH -> set.matchAppCertHash(probe);
            case PROFILE_ID -> set.matchProfileId(probe);
            case ANDROID_PROPERTY -> set.matchAndroidProperty(probe);
        };
    }
}
