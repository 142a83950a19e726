package org.spyglass.core.ioc.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.Indicator;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.ioc.load.FeedEntry;
import org.spyglass.core.ioc.load.LoadedFile;

/**
 * Merges loaded files into one {@link IndicatorSet}: the same value of the same type from several files (or several
 * apps of one file) becomes one indicator carrying every provenance, in load order. Not thread-safe.
 */
public final class IndicatorSetBuilder {
    private final Map<IndicatorType, Map<String, List<Provenance>>> values = new EnumMap<>(IndicatorType.class);
    private final List<FeedFile> files = new ArrayList<>();

    public IndicatorSetBuilder add(LoadedFile file) {
        files.add(file.file());
        for (FeedEntry entry : file.entries()) {
            List<Provenance> provenance = values.computeIfAbsent(entry.type(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(entry.value(), v -> new ArrayList<>(1));
            if (!provenance.contains(entry.provenance())) {
                provenance.add(entry.provenance());
            }
        }
        return this;
    }

    public IndicatorSet build() {
        Map<IndicatorType, List<Indicator>> indicators = new EnumMap<>(IndicatorType.class);
        values.forEach((type, byValue) -> {
            List<Indicator> list = new ArrayList<>(byValue.size());
            byValue.forEach((value, provenance) -> list.add(new Indicator(type, value, provenance)));
            indicators.put(type, list);
        });
        return new IndicatorSet(indicators, files);
    }
}
