package org.spyglass.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.ioc.load.FeedEntry;
import org.spyglass.core.ioc.load.LoadedFile;
import org.spyglass.core.ioc.match.IndicatorSet;
import org.spyglass.core.ioc.match.IndicatorSetBuilder;
import org.spyglass.core.ioc.values.IndicatorValues;

/**
 * Builds a real {@link IndicatorSet} from values written in a test, as if they came from one STIX file
 * ({@value #FILE} of the feed {@value #FEED}), so module tests exercise the real matcher.
 */
public final class TestIndicators {
    public static final String FEED = "test feed";
    public static final String FILE = "test.stix2";

    private final List<FeedEntry> entries = new ArrayList<>();
    private final Set<String> malware = new LinkedHashSet<>();

    private TestIndicators() {
    }

    /** An empty indicator set. */
    public static Indicators none() {
        return IndicatorSet.empty();
    }

    /** Starts a set; add values, then {@link #build()}. */
    public static TestIndicators of() {
        return new TestIndicators();
    }

    public TestIndicators domain(String domain, String malwareName) {
        return add(IndicatorType.DOMAIN, domain, malwareName);
    }

    public TestIndicators process(String name, String malwareName) {
        return add(IndicatorType.PROCESS, name, malwareName);
    }

    /** Adds a value of any type, normalised as the loaders do. */
    public TestIndicators add(IndicatorType type, String value, String malwareName) {
        return add(type, value, malwareName, null);
    }

    /** Adds a value of any type with a provenance category ({@code "stalkerware"}, {@code "watchware"} or null). */
    public TestIndicators add(IndicatorType type, String value, String malwareName, String category) {
        try {
            IndicatorValues.Normalised normalised = IndicatorValues.normalise(type, value);
            entries.add(new FeedEntry(normalised.type(), normalised.value(), new Provenance(FEED, FILE, malwareName,
                    "indicator--" + entries.size(), "malware--" + malwareName, category)));
            malware.add(malwareName);
            return this;
        } catch (IndicatorValues.InvalidValueException e) {
            throw new IllegalArgumentException("not a valid " + type + ": " + value, e);
        }
    }

    public Indicators build() {
        Map<IndicatorType, Integer> counts = new EnumMap<>(IndicatorType.class);
        entries.forEach(e -> counts.merge(e.type(), 1, Integer::sum));
        FeedFile file = new FeedFile(FEED, FILE, "00".repeat(32), List.copyOf(malware), counts,
                Instant.parse("2026-11-20T00:00:00Z"));
        return new IndicatorSetBuilder().add(new LoadedFile(file, entries, List.of())).build();
    }
}
