package org.spyglass.core.ioc.match;

import java.util.Arrays;

/**
 * Distinct strings numbered 0, 1, … in the order they were added, packed for tables of millions of keys: the keys'
 * bytes ({@link KeyBytes}) in one array with an offset each, and an open-addressing index of two int arrays (the
 * keys' {@link String#hashCode()}, 0 marking a free slot so a hash of 0 is stored as 1; and the key's number), filled
 * to about 60 % (the home slot is taken by multiplying, so any size of table works). A probe
 * reads the array of hashes until one is equal, which keeps a miss to about one cache line, and is made with a part
 * of a string and its hash, so that walking the labels of a host makes no substring: the hash of a suffix is the tail
 * of the polynomial sum {@code String.hashCode} computes, so it grows from the right one character at a time. No
 * object per key. Immutable; thread-safe. {@link Builder} adds keys.
 */
final class KeyTable {
    private static final KeyTable EMPTY = new Builder(0).build();

    private final byte[] bytes;
    private final int[] offsets;
    private final int size;
    private final int[] hashes;
    private final int[] numbers;

    private KeyTable(byte[] bytes, int[] offsets, int size, int[] hashes, int[] numbers) {
        this.bytes = bytes;
        this.offsets = offsets;
        this.size = size;
        this.hashes = hashes;
        this.numbers = numbers;
    }

    static KeyTable empty() {
        return EMPTY;
    }

    /**
     * A table of the {@code size} keys whose bytes are {@code bytes[offsets[i], offsets[i + 1])} (arrays kept as they
     * are, as {@link #bytes()} and {@link #offsets()} give them).
     *
     * @throws IllegalArgumentException when the offsets or bytes do not make {@code size} distinct keys
     */
    static KeyTable of(byte[] bytes, int[] offsets, int size) {
        if (offsets.length != size + 1 || offsets[0] != 0 || offsets[size] != bytes.length) {
            throw new IllegalArgumentException("the key offsets do not fit the keys");
        }
        int[] hashes = new int[capacity(size)];
        int[] numbers = new int[hashes.length];
        for (int i = 0; i < size; i++) {
            if (offsets[i] > offsets[i + 1]) {
                throw new IllegalArgumentException("the key offsets go back at key " + i);
            }
            int hash = stored(KeyBytes.hash(bytes, offsets[i], offsets[i + 1]));
            int slot = home(hash, hashes.length);
            for (; hashes[slot] != 0; slot = next(slot, hashes.length)) {
                int other = numbers[slot];
                if (hashes[slot] == hash && Arrays.equals(bytes, offsets[i], offsets[i + 1], bytes, offsets[other],
                        offsets[other + 1])) {
                    throw new IllegalArgumentException("the key " + i + " is repeated");
                }
            }
            hashes[slot] = hash;
            numbers[slot] = i;
        }
        return new KeyTable(bytes, offsets, size, hashes, numbers);
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The key numbered {@code number}. */
    String key(int number) {
        return KeyBytes.read(bytes, offsets[number], offsets[number + 1]);
    }

    /** The keys' bytes, exactly as long as they are (not to be changed). */
    byte[] bytes() {
        return bytes;
    }

    /** The {@link #size()} + 1 offsets of the keys in {@link #bytes()} (not to be changed). */
    int[] offsets() {
        return offsets;
    }

    /** The number of {@code key}, or -1. */
    int find(String key) {
        return find(bytes, offsets, hashes, numbers, key, 0, key.length(), key.hashCode());
    }

    /** The number of the key equal to {@code s.substring(from, to)}, or -1. Makes no object. */
    int find(String s, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + s.charAt(i);
        }
        return find(bytes, offsets, hashes, numbers, s, from, to, hash);
    }

    /**
     * Whether the host {@code s.substring(from, to)} or one of its parent domains (the host after any of its dots) is
     * a key. Makes no object.
     */
    boolean matchesHostOrParent(String s, int from, int to) {
        if (size == 0) {
            return false;
        }
        int hash = 0;
        int power = 1;
        for (int i = to - 1; i >= from; i--) {
            hash += s.charAt(i) * power;
            power *= 31;
            if ((i == from || s.charAt(i - 1) == '.')
                    && find(bytes, offsets, hashes, numbers, s, i, to, hash) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int find(byte[] bytes, int[] offsets, int[] hashes, int[] numbers, String s, int from, int to,
                            int hash) {
        int wanted = stored(hash);
        for (int slot = home(wanted, hashes.length); hashes[slot] != 0; slot = next(slot, hashes.length)) {
            if (hashes[slot] == wanted) {
                int number = numbers[slot];
                if (KeyBytes.equal(bytes, offsets[number], offsets[number + 1], s, from, to)) {
                    return number;
                }
            }
        }
        return -1;
    }

    /** The slots for {@code size} keys: 60 % of them used. */
    private static int capacity(int size) {
        return (int) Math.min(Integer.MAX_VALUE - 8, size * 5L / 3 + 4);
    }

    /** Whether a builder's {@code capacity} slots are too few for {@code size} keys (more than 75 % used). */
    private static boolean full(int size, int capacity) {
        return size * 4L > capacity * 3L;
    }

    private static int stored(int hash) {
        return hash == 0 ? 1 : hash;
    }

    /** The first slot to probe for {@code hash}: its Fibonacci hash (a product that mixes all its bits), scaled. */
    private static int home(int hash, int capacity) {
        return (int) (((hash * 0x9E3779B9) & 0xFFFFFFFFL) * capacity >>> 32);
    }

    private static int next(int slot, int capacity) {
        return slot + 1 == capacity ? 0 : slot + 1;
    }

    /** {@code hashes} and {@code numbers} placed again in {@code capacity} slots. */
    private static int[][] rehash(int[] hashes, int[] numbers, int capacity) {
        int[] newHashes = new int[capacity];
        int[] newNumbers = new int[capacity];
        for (int i = 0; i < hashes.length; i++) {
            if (hashes[i] != 0) {
                int slot = home(hashes[i], capacity);
                while (newHashes[slot] != 0) {
                    slot = next(slot, capacity);
                }
                newHashes[slot] = hashes[i];
                newNumbers[slot] = numbers[i];
            }
        }
        return new int[][] {newHashes, newNumbers};
    }

    /** Adds keys, growing its arrays as needed. Not thread-safe. */
    static final class Builder {
        private byte[] bytes;
        private int used;
        private int[] offsets;
        private int size;
        private int[] hashes;
        private int[] numbers;

        /** A builder sized for about {@code expected} keys. */
        Builder(int expected) {
            int keys = Math.max(expected, 4);
            bytes = new byte[Math.max(64, keys * 16)];
            offsets = new int[keys + 1];
            hashes = new int[capacity(keys)];
            numbers = new int[hashes.length];
        }

        /** A builder that goes on from {@code table}'s keys (copied; the table does not change). */
        Builder(KeyTable table) {
            bytes = Arrays.copyOf(table.bytes, Math.max(64, table.bytes.length + (table.bytes.length >> 1)));
            used = table.bytes.length;
            offsets = Arrays.copyOf(table.offsets, Math.max(5, table.size + (table.size >> 1) + 1));
            size = table.size;
            hashes = table.hashes.clone();
            numbers = table.numbers.clone();
        }

        int size() {
            return size;
        }

        /** The number of {@code key}, or -1. */
        int find(String key) {
            return KeyTable.find(bytes, offsets, hashes, numbers, key, 0, key.length(), key.hashCode());
        }

        /** Adds {@code key} if it is new; returns its number, or {@code -1 - number} when it was there already. */
        int add(String key) {
            int hash = stored(key.hashCode());
            int slot = home(hash, hashes.length);
            for (; hashes[slot] != 0; slot = next(slot, hashes.length)) {
                if (hashes[slot] == hash) {
                    int number = numbers[slot];
                    if (KeyBytes.equal(bytes, offsets[number], offsets[number + 1], key, 0, key.length())) {
                        return -1 - number;
                    }
                }
            }
            int length = KeyBytes.length(key);
            if (bytes.length - used < length) {
                bytes = Arrays.copyOf(bytes, Math.max(used + length, bytes.length + (bytes.length >> 1)));
            }
            used = KeyBytes.write(key, bytes, used);
            if (size + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length + (offsets.length >> 1) + 1);
            }
            int number = size++;
            offsets[size] = used;
            hashes[slot] = hash;
            numbers[slot] = number;
            if (full(size, hashes.length)) {
                place(hashes.length * 2L);
            }
            return number;
        }

        /** The table of the keys added; the builder must not be used afterwards (its arrays are handed over). */
        KeyTable build() {
            if (hashes.length != capacity(size)) {
                place(capacity(size));
            }
            byte[] packed = bytes.length == used ? bytes : Arrays.copyOf(bytes, used);
            int[] ends = offsets.length == size + 1 ? offsets : Arrays.copyOf(offsets, size + 1);
            KeyTable table = new KeyTable(packed, ends, size, hashes, numbers);
            bytes = null;
            offsets = null;
            hashes = null;
            numbers = null;
            return table;
        }

        private void place(long capacity) {
            int[][] placed = rehash(hashes, numbers, (int) Math.min(Integer.MAX_VALUE - 8, capacity));
            hashes = placed[0];
            numbers = placed[1];
        }
    }
}
