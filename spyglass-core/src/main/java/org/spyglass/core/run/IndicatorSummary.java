package org.spyglass.core.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;

/**
 * The indicators a run used.
 *
 * @param total  distinct indicators
 * @param byType distinct indicators by type
 * @param newest the newest date found in any indicator file, or null when none has one
 * @param files  the indicator files, in load order
 */
public record IndicatorSummary(int total, Map<IndicatorType, Integer> byType, Instant newest, List<FeedFile> files) {
    public IndicatorSummary {
        byType = Map.copyOf(byType);
        files = List.copyOf(files);
    }

    public static IndicatorSummary of(Indicators indicators) {
        Objects.requireNonNull(indicators, "indicators");
        Instant newest = indicators.files().stream()
                .map(FeedFile::newest)
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(null);
        return new IndicatorSummary(indicators.size(), indicators.countsByType(), newest, indicators.files());
    }
}
