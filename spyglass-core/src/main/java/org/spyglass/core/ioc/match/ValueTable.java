package org.spyglass.core.ioc.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.spyglass.core.ioc.Indicator;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;

/**
 * The indicators of one type, packed: their values in a {@link KeyTable} (numbered in load order), and per value its
 * first provenance: a number in the set's {@link ProvenanceTable}, kept once per run of values that have the same (the
 * values of one file and report follow each other), and the two halves of its own STIX indicator id (0 when it has
 * none). The few values with more provenances keep the others in a second set of arrays. Both are found by binary
 * search. {@link Indicator}s are made when asked for. Immutable; thread-safe.
 */
final class ValueTable {
    private final IndicatorType type;
    private final KeyTable keys;
    private final ProvenanceTable provenances;
    private final int[] runStarts;
    private final int[] runNumbers;
    private final long[] firstIds;
    private final int[] moreValues;
    private final int[] moreStarts;
    private final int[] more;
    private final long[] moreIds;

    /**
     * Takes the arrays as they are: the first provenance of the values from {@code runStarts[i]} (ascending, the first
     * 0) to the next start is {@code runNumbers[i]}; {@code firstIds} holds two longs for each of the keys;
     * {@code moreValues}, ascending, the keys with more provenances, whose others are
     * {@code more[moreStarts[i], moreStarts[i + 1])} with their ids in {@code moreIds}.
     *
     * @throws IllegalArgumentException when the arrays do not fit each other or the provenance table
     */
    ValueTable(IndicatorType type, KeyTable keys, ProvenanceTable provenances, int[] runStarts, int[] runNumbers,
               long[] firstIds, int[] moreValues, int[] moreStarts, int[] more, long[] moreIds) {
        int size = keys.size();
        if (runStarts.length != runNumbers.length || (size == 0) != (runStarts.length == 0)
                || firstIds.length != 2 * size || moreStarts.length != moreValues.length + 1
                || moreStarts[0] != 0 || moreStarts[moreValues.length] != more.length
                || moreIds.length != 2 * more.length) {
            throw new IllegalArgumentException("the " + type + " provenance arrays do not fit the values");
        }
        requireAscending(moreValues, size, type);
        for (int i = 0; i < moreValues.length; i++) {
            if (moreStarts[i + 1] <= moreStarts[i]) {
                throw new IllegalArgumentException("the " + type + " values with more provenances are out of order");
            }
        }
        requireAscending(runStarts, size, type);
        if (runStarts.length > 0 && runStarts[0] != 0) {
            throw new IllegalArgumentException("the first run of " + type + " provenances does not start at 0");
        }
        requireNumbers(runNumbers, provenances);
        requireNumbers(more, provenances);
        this.type = type;
        this.keys = keys;
        this.provenances = provenances;
        this.runStarts = runStarts;
        this.runNumbers = runNumbers;
        this.firstIds = firstIds;
        this.moreValues = moreValues;
        this.moreStarts = moreStarts;
        this.more = more;
        this.moreIds = moreIds;
    }

    /** A table of {@code type} without any value. */
    static ValueTable empty(IndicatorType type) {
        return new ValueTable(type, KeyTable.empty(), ProvenanceTable.empty(), new int[0], new int[0], new long[0],
                new int[0], new int[1], new int[0], new long[0]);
    }

    IndicatorType type() {
        return type;
    }

    KeyTable keys() {
        return keys;
    }

    int size() {
        return keys.size();
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The indicator whose value is {@code value}, made on demand; null when none. */
    Indicator find(String value) {
        if (value == null || keys.isEmpty()) {
            return null;
        }
        int number = keys.find(value);
        return number < 0 ? null : new Indicator(type, value, provenances(number));
    }

    /** The indicator whose value is {@code s.substring(from, to)}, made on demand; null when none. */
    Indicator find(String s, int from, int to) {
        if (keys.isEmpty()) {
            return null;
        }
        int number = keys.find(s, from, to);
        return number < 0 ? null : new Indicator(type, s.substring(from, to), provenances(number));
    }

    /** The indicator numbered {@code number}, made on demand. */
    Indicator indicator(int number) {
        return new Indicator(type, keys.key(number), provenances(number));
    }

    /** The provenances of the value numbered {@code number}, in the order they were added. */
    List<Provenance> provenances(int number) {
        Provenance one = provenances.expand(firstNumber(number), firstIds[2 * number], firstIds[2 * number + 1]);
        int at = moreValues.length == 0 ? -1 : Arrays.binarySearch(moreValues, number);
        if (at < 0) {
            return List.of(one);
        }
        List<Provenance> out = new ArrayList<>(1 + moreStarts[at + 1] - moreStarts[at]);
        out.add(one);
        for (int i = moreStarts[at]; i < moreStarts[at + 1]; i++) {
            out.add(provenances.expand(more[i], moreIds[2 * i], moreIds[2 * i + 1]));
        }
        return out;
    }

    /** The number in the {@link ProvenanceTable} of the first provenance of the value numbered {@code number}. */
    int firstNumber(int number) {
        int run = Arrays.binarySearch(runStarts, number);
        return runNumbers[run >= 0 ? run : -2 - run];
    }

    // The arrays as they are, for IndicatorSetCodec and the builder (not to be changed).

    int[] runStarts() {
        return runStarts;
    }

    int[] runNumbers() {
        return runNumbers;
    }

    long[] firstIds() {
        return firstIds;
    }

    int[] moreValues() {
        return moreValues;
    }

    int[] moreStarts() {
        return moreStarts;
    }

    int[] more() {
        return more;
    }

    long[] moreIds() {
        return moreIds;
    }

    private static void requireAscending(int[] values, int size, IndicatorType type) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < (i == 0 ? 0 : values[i - 1] + 1) || values[i] >= size) {
                throw new IllegalArgumentException("the " + type + " value numbers are out of order");
            }
        }
    }

    private static void requireNumbers(int[] numbers, ProvenanceTable provenances) {
        for (int number : numbers) {
            if (number < 0 || number >= provenances.size()) {
                throw new IllegalArgumentException("a provenance number is out of range: " + number);
            }
        }
    }
}
