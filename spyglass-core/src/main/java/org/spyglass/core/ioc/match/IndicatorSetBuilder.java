package org.spyglass.core.ioc.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.ioc.internal.CompactEntries;
import org.spyglass.core.ioc.load.FeedEntry;
import org.spyglass.core.ioc.load.LoadedFile;

/**
 * Merges loaded files into one {@link IndicatorSet}: the same value of the same type from several files (or several
 * apps of one file) becomes one indicator carrying every provenance, in load order. The set keeps the builder's
 * compact tables rather than a copy; adding after {@link #build()} copies them first, so a built set never changes.
 * Not thread-safe.
 */
public final class IndicatorSetBuilder {
    private Map<IndicatorType, Map<String, Object>> values = new EnumMap<>(IndicatorType.class);
    private final Map<Provenance, Provenance> shared = new HashMap<>();
    private final List<FeedFile> files = new ArrayList<>();
    private boolean built;

    public IndicatorSetBuilder add(LoadedFile file) {
        if (built) {
            Map<IndicatorType, Map<String, Object>> copy = new EnumMap<>(IndicatorType.class);
            values.forEach((type, byValue) -> copy.put(type, new LinkedHashMap<>(byValue)));
            values = copy;
            built = false;
        }
        files.add(file.file());
        // Sized from the file's counts: growing a table of a million entries step by step costs more than loading.
        file.file().countsByType().forEach((type, count) -> values.computeIfAbsent(type,
                t -> new LinkedHashMap<>(Math.max(16, (int) (count / 0.75f) + 1))));
        if (file.entries() instanceof CompactEntries compact) {
            for (int i = 0; i < compact.size(); i++) {
                Object provenance = compact.compactProvenance(i);
                values.computeIfAbsent(compact.type(i), t -> new LinkedHashMap<>())
                        .compute(compact.value(i), (v, stored) -> Origins.addCompact(stored, provenance));
            }
            return this;
        }
        for (FeedEntry entry : file.entries()) {
            values.computeIfAbsent(entry.type(), t -> new LinkedHashMap<>())
                    .compute(entry.value(), (v, stored) -> Origins.add(stored, entry.provenance(), shared));
        }
        return this;
    }

    public IndicatorSet build() {
        built = true;
        return new IndicatorSet(values, files);
    }
}
