package org.spyglass.core.ioc.match;

import java.util.Arrays;
import org.spyglass.core.ioc.Indicator;
import org.spyglass.core.ioc.IndicatorType;

/**
 * The indicators of one type: a {@link KeyTable} index over the values of that type in the set's {@link ValueStore}
 * (whose numbers it answers). Immutable; thread-safe.
 */
final class ValueTable {
    private final IndicatorType type;
    private final KeyTable keys;
    private final ValueStore store;

    ValueTable(IndicatorType type, KeyTable keys, ValueStore store) {
        this.type = type;
        this.keys = keys;
        this.store = store;
    }

    /** A table of {@code type} without any value. */
    static ValueTable empty(IndicatorType type) {
        return new ValueTable(type, KeyTable.empty(), null);
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
        return number < 0 ? null : new Indicator(type, value, store.provenances(number));
    }

    /** The indicator whose value is {@code s.substring(from, to)}, made on demand; null when none. */
    Indicator find(String s, int from, int to) {
        if (keys.isEmpty()) {
            return null;
        }
        int number = keys.find(s, from, to);
        return number < 0 ? null : new Indicator(type, s.substring(from, to), store.provenances(number));
    }

    /** The indicator numbered {@code number} in the store, made on demand. */
    Indicator indicator(int number) {
        return store.indicator(number);
    }

    /** The value numbered {@code number} in the store. */
    String value(int number) {
        return store.value(number);
    }

    /** The numbers of this type's values in the store, in load order. */
    int[] numbers() {
        if (keys.isEmpty()) {
            return new int[0];
        }
        byte[] types = store.types();
        byte ordinal = (byte) type.ordinal();
        int[] out = new int[keys.size()];
        int n = 0;
        for (int i = 0; i < types.length && n < out.length; i++) {
            if (types[i] == ordinal) {
                out[n++] = i;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
