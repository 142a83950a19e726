package org.spyglass.core.ioc.match;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Domain indicators in an open-addressing table that is probed with a suffix of a host name and that suffix's
 * {@link String#hashCode()}, so that walking the labels of a host makes no substring and hashes each character once:
 * the hash of a suffix is the tail of the polynomial sum {@code String.hashCode} computes, so it grows from the right
 * one character at a time. A probe reads only the array of hashes until one is equal (0 marks a free slot, so a
 * hash of 0 is stored as 1), which keeps a miss to about one cache line. Immutable once built; thread-safe.
 */
final class DomainTable {
    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;
    private final int size;

    /** Indexes every entry of {@code domains} (normalised host name to {@link Origins} stored value). */
    DomainTable(Map<String, Object> domains) {
        int capacity = Integer.highestOneBit(Math.max(4, domains.size() * 2 - 1)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        size = domains.size();
        domains.forEach((key, value) -> {
            int hash = stored(key.hashCode());
            int slot = spread(hash) & mask;
            while (hashes[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = hash;
            values[slot] = value;
        });
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Hands over every domain and its stored value, in table order. */
    void forEach(BiConsumer<String, Object> action) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != null) {
                action.accept(keys[slot], values[slot]);
            }
        }
    }

    /** The stored value of {@code domain}, or null. */
    Object get(String domain) {
        return get(domain, 0, domain.length(), domain.hashCode());
    }

    /** Whether {@code s.substring(from, to)} is in the table. Makes no object. */
    boolean contains(String s, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + s.charAt(i);
        }
        return get(s, from, to, hash) != null;
    }

    /**
     * Whether the host {@code s.substring(from, to)} or one of its parent domains (the host after any of its dots) is
     * in the table. Makes no object.
     */
    boolean matchesHostOrParent(String s, int from, int to) {
        int hash = 0;
        int power = 1;
        for (int i = to - 1; i >= from; i--) {
            hash += s.charAt(i) * power;
            power *= 31;
            if ((i == from || s.charAt(i - 1) == '.') && get(s, i, to, hash) != null) {
                return true;
            }
        }
        return false;
    }

    /** The stored value of the domain equal to {@code s.substring(from, to)}, whose hash is {@code hash}, or null. */
    private Object get(String s, int from, int to, int hash) {
        int wanted = stored(hash);
        for (int slot = spread(wanted) & mask; hashes[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == wanted) {
                String key = keys[slot];
                int length = to - from;
                if (key.length() == length && s.regionMatches(from, key, 0, length)) {
                    return values[slot];
                }
            }
        }
        return null;
    }

    private static int stored(int hash) {
        return hash == 0 ? 1 : hash;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
