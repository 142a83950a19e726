package org.spyglass.core.ioc.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.ioc.internal.CompactEntries;
import org.spyglass.core.ioc.internal.CompactProvenance;
import org.spyglass.core.ioc.load.FeedEntry;
import org.spyglass.core.ioc.load.LoadedFile;

/**
 * Merges loaded files into one {@link IndicatorSet}: the same value of the same type from several files (or several
 * apps of one file) becomes one indicator carrying every provenance, in load order. Values go straight into the packed
 * arrays of the set ({@link ValueTableBuilder}), which {@link #build()} hands over; adding after it copies them first,
 * so a built set never changes. Not thread-safe.
 */
public final class IndicatorSetBuilder {
    private final Map<IndicatorType, ValueTableBuilder> tables = new EnumMap<>(IndicatorType.class);
    private ProvenanceTable.Builder provenances = new ProvenanceTable.Builder();
    private final Map<Provenance, Provenance> shared = new HashMap<>();
    private final List<FeedFile> files = new ArrayList<>();
    private IndicatorSet built;

    public IndicatorSetBuilder add(LoadedFile file) {
        if (built != null) {
            provenances = new ProvenanceTable.Builder(built.provenanceTable());
            for (IndicatorType type : built.types()) {
                tables.put(type, new ValueTableBuilder(built.table(type)));
            }
            built = null;
        }
        files.add(file.file());
        // Sized from the file's counts: growing a table of a million values step by step costs more than loading.
        file.file().countsByType().forEach((type, count) -> tables.computeIfAbsent(type,
                t -> new ValueTableBuilder(t, count)));
        if (file.entries() instanceof CompactEntries compact) {
            for (int i = 0; i < compact.size(); i++) {
                add(compact.type(i), compact.value(i), compact.compactProvenance(i));
            }
            return this;
        }
        for (FeedEntry entry : file.entries()) {
            add(entry.type(), entry.value(), CompactProvenance.compact(entry.provenance(), shared));
        }
        return this;
    }

    public IndicatorSet build() {
        if (built == null) {
            ProvenanceTable table = provenances.build();
            Map<IndicatorType, ValueTable> values = new EnumMap<>(IndicatorType.class);
            tables.forEach((type, builder) -> values.put(type, builder.build(table)));
            tables.clear();
            built = new IndicatorSet(values, table, files);
        }
        return built;
    }

    private void add(IndicatorType type, String value, Object compact) {
        boolean stix = CompactProvenance.common(compact) != null;
        tables.computeIfAbsent(type, t -> new ValueTableBuilder(t, 16)).add(value, provenances.number(compact),
                stix ? CompactProvenance.idHigh(compact) : 0, stix ? CompactProvenance.idLow(compact) : 0);
    }
}
