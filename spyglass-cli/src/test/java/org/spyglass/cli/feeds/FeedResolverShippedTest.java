package org.spyglass.cli.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.ioc.StixBundleBuilder;

/** How a run uses the compiled set of the bundled feeds that the build ships on the class path. */
class FeedResolverShippedTest {
    private static final String SHIPPED = "indicators: read from the compiled set shipped with Spyglass";

    @TempDir
    Path dir;

    private FeedResolver cached() {
        return new FeedResolver(dir.resolve("data"), Map.of(), dir.resolve("cache"));
    }

    private static void assertSameSet(ResolvedIndicators actual, ResolvedIndicators expected) {
        Indicators a = actual.indicators();
        Indicators b = expected.indicators();
        assertThat(a.size()).isEqualTo(b.size());
        assertThat(a.countsByType()).isEqualTo(b.countsByType());
        assertThat(a.files()).isEqualTo(b.files());
        assertThat(actual.warnings()).isEqualTo(expected.warnings());
        for (String host : List.of("account-facebook.com", "x.account-privacy.com", "nothing.example")) {
            assertThat(a.matchHost(host)).isEqualTo(b.matchHost(host));
        }
    }

    private ResolvedIndicators parsedBundled() {
        return new FeedResolver(dir.resolve("data"), Map.of()).resolve(List.of(), true);
    }

    @Test
    void theBundledFeedsAloneAreReadFromTheShippedSetAndNothingIsCached() {
        ResolvedIndicators resolved = cached().resolve(List.of(), true);

        assertThat(resolved.cache()).startsWith(SHIPPED);
        assertThat(resolved.warnings()).isEmpty();
        assertSameSet(resolved, parsedBundled());
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void theBundledFeedsWithAnIocsFileAreParsedAndCached() {
        Path file = new StixBundleBuilder().malware("malware--1", "M")
                .indicator("indicator--1", "[domain-name:value = 'one.example']")
                .indicates("indicator--1", "malware--1").writeTo(dir.resolve("one.stix2"));

        ResolvedIndicators resolved = cached().resolve(List.of(file), true);

        assertThat(resolved.cache()).startsWith("indicators: parsed; the compiled set was written to the cache");
        assertThat(resolved.indicators().matchHost("one.example")).isNotEmpty();
        assertThat(resolved.indicators().size()).isEqualTo(parsedBundled().indicators().size() + 1);
    }

    @Test
    void withoutTheIndicatorCacheTheBundledFeedsAreParsed() {
        assertThat(parsedBundled().cache()).isEqualTo("indicators: parsed (indicator cache not used)");
    }

    @Test
    void withoutTheShippedSetTheBundledFeedsAreParsedAndCached() {
        ResolvedIndicators resolved = cached().withoutShippedSet().resolve(List.of(), true);

        assertThat(resolved.cache()).startsWith("indicators: parsed; the compiled set was written to the cache");
        assertSameSet(resolved, parsedBundled());
    }

    @Test
    void aDamagedShippedSetIsParsedOverWithAWarning() throws IOException {
        URL good = ShippedIndicators.resource();
        byte[] bytes;
        try (var in = good.openStream()) {
            bytes = in.readAllBytes();
        }
        bytes[bytes.length / 2] ^= 0x10;
        Path damaged = Files.write(dir.resolve("damaged.indicators"), bytes);
        URL location = damaged.toUri().toURL();

        ResolvedIndicators resolved = cached().withShippedSet(location).resolve(List.of(), true);

        assertThat(resolved.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo(location.toString());
            assertThat(w.message()).contains("shipped with Spyglass was not used").contains("checksum");
        });
        assertThat(resolved.cache()).startsWith("indicators: parsed; the compiled set was written to the cache");
        ResolvedIndicators parsed = parsedBundled();
        assertThat(resolved.indicators().files()).isEqualTo(parsed.indicators().files());
        assertThat(resolved.indicators().countsByType()).isEqualTo(parsed.indicators().countsByType());
    }

    @Test
    void aShippedSetThatCannotBeOpenedIsParsedOverWithAWarning() throws IOException {
        URL missing = dir.resolve("absent.indicators").toUri().toURL();

        ResolvedIndicators resolved = cached().withShippedSet(missing).resolve(List.of(), true);

        assertThat(resolved.warnings()).singleElement()
                .satisfies(w -> assertThat(w.location()).isEqualTo(missing.toString()));
        assertThat(resolved.cache()).startsWith("indicators: parsed; the compiled set was written to the cache");
    }
}
