package org.spyglass.core.ioc.match;

import java.util.ArrayList;
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
 * arrays of the set ({@link ValueStoreBuilder}), which {@link #build()} hands over; adding after it copies them first,
 * so a built set never changes. Not thread-safe.
 */
public final class IndicatorSetBuilder {
    private ValueStoreBuilder values = new ValueStoreBuilder();
    private ProvenanceTable.Builder provenances = new ProvenanceTable.Builder();
    private final Map<Provenance, Provenance> shared = new HashMap<>();
    private final List<FeedFile> files = new ArrayList<>();
    private IndicatorSet built;

    public IndicatorSetBuilder add(LoadedFile file) {
        if (built != null) {
            provenances = new ProvenanceTable.Builder(built.store().provenanceTable());
            values = new ValueStoreBuilder(built.store(), built.tables());
            built = null;
        }
        files.add(file.file());
        // Sized from the file's counts: growing a table of a million values step by step costs more than loading.
        file.file().countsByType().forEach(values::expect);
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
            ValueStoreBuilder.Built made = values.build(provenances.build());
            built = new IndicatorSet(made.store(), made.tables(), files);
        }
        return built;
    }

    private void add(IndicatorType type, String value, Object compact) {
        boolean stix = CompactProvenance.common(compact) != null;
        values.add(type, value, provenances.number(compact),
                stix ? CompactProvenance.idHigh(compact) : 0, stix ? CompactProvenance.idLow(compact) : 0);
    }
}
