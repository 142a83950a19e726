package org.spyglass.core.ioc.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.RandomAccess;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.ioc.load.FeedEntry;

/**
 * The entries of one loaded file, stored in arrays with {@link CompactProvenance}s; each {@link FeedEntry} is made
 * when asked for, and {@link org.spyglass.core.ioc.match.IndicatorSetBuilder} reads the compact parts directly.
 * Immutable once {@link Builder#build} returned it, so {@link org.spyglass.core.ioc.load.LoadedFile} keeps it without
 * copying.
 */
public final class CompactEntries extends AbstractList<FeedEntry> implements RandomAccess {
    private static final IndicatorType[] TYPES = IndicatorType.values();

    private final byte[] types;
    private final String[] values;
    private final Object[] provenances;

    private CompactEntries(byte[] types, String[] values, Object[] provenances) {
        this.types = types;
        this.values = values;
        this.provenances = provenances;
    }

    @Override
    public FeedEntry get(int index) {
        return new FeedEntry(TYPES[types[index]], values[index], CompactProvenance.expand(provenances[index]));
    }

    @Override
    public int size() {
        return values.length;
    }

    public IndicatorType type(int index) {
        return TYPES[types[index]];
    }

    public String value(int index) {
        return values[index];
    }

    /** The provenance in its {@link CompactProvenance} form. */
    public Object compactProvenance(int index) {
        return provenances[index];
    }

    /** Collects entries in order. Not thread-safe. */
    public static final class Builder {
        private final Map<Provenance, Provenance> shared = new HashMap<>();
        private Provenance lastShared;
        private byte[] types = new byte[16];
        private String[] values = new String[16];
        private Object[] provenances = new Object[16];
        private int size;

        public void add(IndicatorType type, String value, Provenance provenance) {
            if (size == values.length) {
                int capacity = size + (size >> 1);
                types = Arrays.copyOf(types, capacity);
                values = Arrays.copyOf(values, capacity);
                provenances = Arrays.copyOf(provenances, capacity);
            }
            types[size] = (byte) type.ordinal();
            values[size] = value;
            Object compact = CompactProvenance.compact(provenance, shared, lastShared);
            provenances[size] = compact;
            Provenance common = CompactProvenance.common(compact);
            if (common != null) {
                lastShared = common;
            }
            size++;
        }

        public CompactEntries build() {
            return new CompactEntries(Arrays.copyOf(types, size), Arrays.copyOf(values, size),
                    Arrays.copyOf(provenances, size));
        }
    }
}
