package org.spyglass.core.ioc.match;

import java.util.Arrays;

/**
 * A map from strings to ints in a {@link KeyTable} and one int array, for the small indexes a set derives from its
 * tables (URLs by normalised form, networks by prefix). Immutable; thread-safe. {@link Builder} fills it.
 */
final class KeyIndex {
    private final KeyTable keys;
    private final int[] values;

    private KeyIndex(KeyTable keys, int[] values) {
        this.keys = keys;
        this.values = values;
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The value of {@code key}, or -1. */
    int get(String key) {
        if (keys.isEmpty()) {
            return -1;
        }
        int number = keys.find(key);
        return number < 0 ? -1 : values[number];
    }

    /** Puts keys and values (at least 0). Not thread-safe. */
    static final class Builder {
        private final KeyTable.Builder keys = new KeyTable.Builder(0);
        private int[] values = new int[16];

        /** Sets the value of {@code key}, replacing any earlier one. */
        void put(String key, int value) {
            int number = keys.add(key);
            if (number < 0) {
                values[-1 - number] = value;
                return;
            }
            if (number == values.length) {
                values = Arrays.copyOf(values, number * 2);
            }
            values[number] = value;
        }

        /** The index; the builder must not be used afterwards. */
        KeyIndex build() {
            int size = keys.size();
            return new KeyIndex(keys.build(), Arrays.copyOf(values, size));
        }
    }
}
