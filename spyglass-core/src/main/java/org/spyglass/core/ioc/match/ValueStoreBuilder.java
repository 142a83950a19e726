package org.spyglass.core.ioc.match;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.spyglass.core.ioc.IndicatorType;

/**
 * Fills the arrays of a {@link ValueStore} and its per-type {@link KeyTable}s as files load: a new value is appended,
 * a value seen before gains the provenance unless it has it already. A value's first provenance number is kept once
 * per run of values that have the same; the few values with several provenances keep the others in a map until
 * {@link #build}. Not thread-safe.
 */
final class ValueStoreBuilder {
    private byte[] bytes = new byte[1024];
    private int used;
    private int[] offsets = new int[65];
    private byte[] types = new byte[64];
    private int size;
    private long[] firstIds = new long[128];
    private int[] runStarts = new int[16];
    private int[] runNumbers = new int[16];
    private int runs;
    /** Per value with more provenances: its other ones as (number, id high, id low) triples. */
    private final Map<Integer, long[]> more = new HashMap<>();
    private final Map<IndicatorType, GrowingSlots> indexes = new EnumMap<>(IndicatorType.class);

    ValueStoreBuilder() {
    }

    /** A builder that goes on from {@code store} and its {@code tables} (copied; they do not change). */
    ValueStoreBuilder(ValueStore store, Map<IndicatorType, ValueTable> tables) {
        bytes = Arrays.copyOf(store.bytes(), store.bytes().length + 1024);
        used = store.bytes().length;
        size = store.size();
        offsets = Arrays.copyOf(store.offsets(), size + 65);
        types = Arrays.copyOf(store.types(), size + 64);
        firstIds = Arrays.copyOf(store.firstIds(), 2 * types.length);
        runs = store.runStarts().length;
        runStarts = Arrays.copyOf(store.runStarts(), runs + 16);
        runNumbers = Arrays.copyOf(store.runNumbers(), runs + 16);
        int[] values = store.moreValues();
        int[] starts = store.moreStarts();
        for (int i = 0; i < values.length; i++) {
            long[] triples = new long[3 * (starts[i + 1] - starts[i])];
            for (int j = starts[i], k = 0; j < starts[i + 1]; j++, k += 3) {
                triples[k] = store.more()[j];
                triples[k + 1] = store.moreIds()[2 * j];
                triples[k + 2] = store.moreIds()[2 * j + 1];
            }
            more.put(values[i], triples);
        }
        tables.forEach((type, table) -> indexes.put(type, GrowingSlots.of(table.keys(), bytes, offsets)));
    }

    /** Makes room for {@code count} more values of {@code type} (which the set has from now on, even with none). */
    void expect(IndicatorType type, int count) {
        GrowingSlots slots = indexes.get(type);
        if (slots == null) {
            indexes.put(type, new GrowingSlots(count));
        } else {
            slots.expect(count);
        }
        if (size + count > types.length) {
            grow(size + count);
        }
    }

    /**
     * Adds {@code value} of {@code type} with the provenance numbered {@code provenance} and STIX indicator id
     * {@code high}, {@code low} (0, 0 when it has none).
     */
    void add(IndicatorType type, String value, int provenance, long high, long low) {
        GrowingSlots slots = indexes.computeIfAbsent(type, t -> new GrowingSlots(16));
        int hash = value.hashCode();
        int known = slots.find(bytes, offsets, value, hash);
        if (known >= 0) {
            addTo(known, provenance, high, low);
            return;
        }
        int number = append(type, value);
        if (runs == 0 || runNumbers[runs - 1] != provenance) {
            if (runs == runStarts.length) {
                runStarts = Arrays.copyOf(runStarts, runs * 2);
                runNumbers = Arrays.copyOf(runNumbers, runs * 2);
            }
            runStarts[runs] = number;
            runNumbers[runs++] = provenance;
        }
        firstIds[2 * number] = high;
        firstIds[2 * number + 1] = low;
        slots.add(hash, number);
    }

    /** What {@link #build} gives: the store and the index of each type over it. */
    record Built(ValueStore store, Map<IndicatorType, ValueTable> tables) {
    }

    /** The store and the index of each type; the builder must not be used afterwards (its arrays are handed over). */
    Built build(ProvenanceTable provenances) {
        int[] values = more.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] starts = new int[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            starts[i + 1] = starts[i] + more.get(values[i]).length / 3;
        }
        int[] others = new int[starts[values.length]];
        long[] otherIds = new long[2 * others.length];
        for (int i = 0; i < values.length; i++) {
            long[] triples = more.get(values[i]);
            for (int k = 0, j = starts[i]; k < triples.length; k += 3, j++) {
                others[j] = (int) triples[k];
                otherIds[2 * j] = triples[k + 1];
                otherIds[2 * j + 1] = triples[k + 2];
            }
        }
        more.clear();
        byte[] packed = trim(bytes, used);
        int[] ends = offsets.length == size + 1 ? offsets : Arrays.copyOf(offsets, size + 1);
        ValueStore store = new ValueStore(packed, ends, trim(types, size), provenances, Arrays.copyOf(runStarts, runs),
                Arrays.copyOf(runNumbers, runs), firstIds.length == 2 * size ? firstIds
                : Arrays.copyOf(firstIds, 2 * size), values, starts, others, otherIds);
        bytes = null;
        offsets = null;
        types = null;
        firstIds = null;
        Map<IndicatorType, ValueTable> tables = new EnumMap<>(IndicatorType.class);
        indexes.forEach((type, slots) -> tables.put(type, new ValueTable(type, slots.build(packed, ends, size),
                store)));
        indexes.clear();
        return new Built(store, tables);
    }

    private void addTo(int known, int provenance, long high, long low) {
        if (firstNumber(known) == provenance && firstIds[2 * known] == high && firstIds[2 * known + 1] == low) {
            return;
        }
        long[] triples = more.get(known);
        if (triples == null) {
            more.put(known, new long[] {provenance, high, low});
            return;
        }
        for (int k = 0; k < triples.length; k += 3) {
            if (triples[k] == provenance && triples[k + 1] == high && triples[k + 2] == low) {
                return;
            }
        }
        long[] longer = Arrays.copyOf(triples, triples.length + 3);
        longer[triples.length] = provenance;
        longer[triples.length + 1] = high;
        longer[triples.length + 2] = low;
        more.put(known, longer);
    }

    /** Appends {@code value}'s bytes and type; returns its number. */
    private int append(IndicatorType type, String value) {
        if (size == types.length) {
            grow(size + (size >> 1));
        }
        int length = KeyBytes.length(value);
        if (bytes.length - used < length) {
            bytes = Arrays.copyOf(bytes, Math.max(used + length, bytes.length + (bytes.length >> 1)));
        }
        used = KeyBytes.write(value, bytes, used);
        types[size] = (byte) type.ordinal();
        offsets[++size] = used;
        return size - 1;
    }

    /** Makes room for {@code capacity} values; the bytes grow with the values, at 16 a value for the new ones. */
    private void grow(int capacity) {
        long wanted = used + 16L * (capacity - size);
        if (wanted > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, wanted));
        }
        types = Arrays.copyOf(types, capacity);
        offsets = Arrays.copyOf(offsets, capacity + 1);
        firstIds = Arrays.copyOf(firstIds, 2 * capacity);
    }

    private int firstNumber(int number) {
        int run = Arrays.binarySearch(runStarts, 0, runs, number);
        return runNumbers[run >= 0 ? run : -2 - run];
    }

    private static byte[] trim(byte[] array, int length) {
        return array.length == length ? array : Arrays.copyOf(array, length);
    }
}
