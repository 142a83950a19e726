package org.spyglass.core.ioc.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.spyglass.core.ioc.IndicatorType;

/**
 * Fills the arrays of one {@link ValueTable} as files load: a new value is appended, a value seen before gains the
 * provenance unless it has it already. A value's first provenance number is kept once per run of values that have
 * the same. The few values with several provenances keep the others in a map until
 * {@link #build}. Not thread-safe.
 */
final class ValueTableBuilder {
    private final IndicatorType type;
    private KeyTable.Builder keys;
    private int[] runStarts = new int[4];
    private int[] runNumbers = new int[4];
    private int runs;
    private long[] firstIds;
    /** Per value with more provenances: its other ones as (number, id high, id low) triples. */
    private final Map<Integer, long[]> more = new HashMap<>();

    /** A builder sized for about {@code expected} values. */
    ValueTableBuilder(IndicatorType type, int expected) {
        this.type = type;
        keys = new KeyTable.Builder(expected);
        firstIds = new long[2 * Math.max(4, expected)];
    }

    /** A builder that goes on from {@code table}'s values (copied; the table does not change). */
    ValueTableBuilder(ValueTable table) {
        type = table.type();
        keys = new KeyTable.Builder(table.keys());
        runStarts = Arrays.copyOf(table.runStarts(), table.runStarts().length + 4);
        runNumbers = Arrays.copyOf(table.runNumbers(), runStarts.length);
        runs = table.runStarts().length;
        firstIds = Arrays.copyOf(table.firstIds(), 2 * Math.max(4, table.size() + (table.size() >> 1)));
        int[] values = table.moreValues();
        int[] starts = table.moreStarts();
        for (int i = 0; i < values.length; i++) {
            long[] triples = new long[3 * (starts[i + 1] - starts[i])];
            for (int j = starts[i], k = 0; j < starts[i + 1]; j++, k += 3) {
                triples[k] = table.more()[j];
                triples[k + 1] = table.moreIds()[2 * j];
                triples[k + 2] = table.moreIds()[2 * j + 1];
            }
            more.put(values[i], triples);
        }
    }

    /**
     * Adds {@code value} with the provenance numbered {@code provenance} and STIX indicator id {@code high},
     * {@code low} (0, 0 when it has none).
     */
    void add(String value, int provenance, long high, long low) {
        int number = keys.add(value);
        if (number >= 0) {
            if (2 * number == firstIds.length) {
                firstIds = Arrays.copyOf(firstIds, 2 * (number + (number >> 1)));
            }
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
            return;
        }
        int known = -1 - number;
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

    private int firstNumber(int number) {
        int run = Arrays.binarySearch(runStarts, 0, runs, number);
        return runNumbers[run >= 0 ? run : -2 - run];
    }

    /** The table of the values added; the builder must not be used afterwards (its arrays are handed over). */
    ValueTable build(ProvenanceTable provenances) {
        int size = keys.size();
        KeyTable table = keys.build();
        keys = null;
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
        long[] ids = firstIds.length == 2 * size ? firstIds : Arrays.copyOf(firstIds, 2 * size);
        firstIds = null;
        return new ValueTable(type, table, provenances, Arrays.copyOf(runStarts, runs), Arrays.copyOf(runNumbers, runs),
                ids, values, starts, others, otherIds);
    }
}
