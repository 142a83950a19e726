package org.spyglass.core.ioc.internal;

import java.util.Arrays;

/**
 * A map from strings to values in open-addressing arrays, for the tables that loading fills with millions of keys:
 * unlike a {@link java.util.HashMap} it makes no object per entry, which keeps the garbage collector's work down
 * while a large file loads. Null values are not stored. Not thread-safe.
 */
public final class StringTable {
    private String[] keys;
    private int[] hashes;
    private Object[] values;
    private int size;

    public StringTable() {
        keys = new String[16];
        hashes = new int[16];
        values = new Object[16];
    }

    public int size() {
        return size;
    }

    /** The value of {@code key}, or null. */
    public Object get(String key) {
        int mask = keys.length - 1;
        int hash = key.hashCode();
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && keys[slot].equals(key)) {
                return values[slot];
            }
        }
        return null;
    }

    /** Sets the value of {@code key} (not null) and returns the former one, or null when the key is new. */
    public Object put(String key, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("null value for " + key);
        }
        int mask = keys.length - 1;
        int hash = key.hashCode();
        int slot = spread(hash) & mask;
        for (; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && keys[slot].equals(key)) {
                Object former = values[slot];
                values[slot] = value;
                return former;
            }
        }
        keys[slot] = key;
        hashes[slot] = hash;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return null;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        int capacity = oldKeys.length * 2;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = spread(oldHashes[i]) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                values[slot] = oldValues[i];
            }
        }
        Arrays.fill(oldValues, null);
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
