package org.spyglass.core.ioc.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.spyglass.core.ioc.Indicator;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;

/**
 * Every value of a set, of all types, packed in a few large arrays and numbered in load order: the values' bytes
 * ({@link KeyBytes}) with an offset each and a type byte each; per value its first provenance, a number in the set's
 * {@link ProvenanceTable} kept once per run of values that have the same (the values of one file and report follow
 * each other), and the two halves of its own STIX indicator id (0 when it has none). The few values with more
 * provenances keep the others in a second set of arrays. Both are found by binary search. One {@link KeyTable} per
 * type indexes the values over these arrays; {@link Indicator}s are made when asked for. Immutable; thread-safe.
 */
final class ValueStore {
    private static final IndicatorType[] TYPES = IndicatorType.values();

    private final byte[] bytes;
    private final int[] offsets;
    private final byte[] types;
    private final ProvenanceTable provenances;
    private final int[] runStarts;
    private final int[] runNumbers;
    private final long[] firstIds;
    private final int[] moreValues;
    private final int[] moreStarts;
    private final int[] more;
    private final long[] moreIds;

    /**
     * Takes the arrays as they are: value {@code i} is {@code bytes[offsets[i], offsets[i + 1])} of type
     * {@code types[i]}; the first provenance of the values from {@code runStarts[j]} (ascending, the first 0) to the
     * next start is {@code runNumbers[j]}, and {@code firstIds} holds two longs a value; {@code moreValues}, ascending,
     * are the values with more provenances, whose others are {@code more[moreStarts[j], moreStarts[j + 1])} with their
     * ids in {@code moreIds}.
     *
     * @throws IllegalArgumentException when the arrays do not fit each other or the provenance table
     */
    ValueStore(byte[] bytes, int[] offsets, byte[] types, ProvenanceTable provenances, int[] runStarts,
               int[] runNumbers, long[] firstIds, int[] moreValues, int[] moreStarts, int[] more, long[] moreIds) {
        int size = types.length;
        if (offsets.length != size + 1 || offsets[0] != 0 || offsets[size] != bytes.length
                || runStarts.length != runNumbers.length || (size == 0) != (runStarts.length == 0)
                || firstIds.length != 2 * size || moreStarts.length != moreValues.length + 1 || moreStarts[0] != 0
                || moreStarts[moreValues.length] != more.length || moreIds.length != 2 * more.length) {
            throw new IllegalArgumentException("the indicator arrays do not fit each other");
        }
        for (int i = 0; i < size; i++) {
            if (offsets[i] > offsets[i + 1] || types[i] < 0 || types[i] >= TYPES.length) {
                throw new IllegalArgumentException("the value " + i + " is out of bounds");
            }
        }
        requireAscending(runStarts, size);
        if (size > 0 && runStarts[0] != 0) {
            throw new IllegalArgumentException("the first run of provenances does not start at 0");
        }
        requireAscending(moreValues, size);
        for (int i = 0; i < moreValues.length; i++) {
            if (moreStarts[i + 1] <= moreStarts[i]) {
                throw new IllegalArgumentException("the values with more provenances are out of order");
            }
        }
        requireNumbers(runNumbers, provenances);
        requireNumbers(more, provenances);
        this.bytes = bytes;
        this.offsets = offsets;
        this.types = types;
        this.provenances = provenances;
        this.runStarts = runStarts;
        this.runNumbers = runNumbers;
        this.firstIds = firstIds;
        this.moreValues = moreValues;
        this.moreStarts = moreStarts;
        this.more = more;
        this.moreIds = moreIds;
    }

    int size() {
        return types.length;
    }

    IndicatorType type(int number) {
        return TYPES[types[number]];
    }

    /** The value numbered {@code number}. */
    String value(int number) {
        return KeyBytes.read(bytes, offsets[number], offsets[number + 1]);
    }

    /** The indicator numbered {@code number}, made on demand. */
    Indicator indicator(int number) {
        return new Indicator(type(number), value(number), provenances(number));
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

    // The arrays as they are, for IndicatorSetCodec, KeyTable and the builder (not to be changed).

    byte[] bytes() {
        return bytes;
    }

    int[] offsets() {
        return offsets;
    }

    byte[] types() {
        return types;
    }

    ProvenanceTable provenanceTable() {
        return provenances;
    }

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

    private static void requireAscending(int[] values, int size) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < (i == 0 ? 0 : values[i - 1] + 1) || values[i] >= size) {
                throw new IllegalArgumentException("the value numbers are out of order");
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
