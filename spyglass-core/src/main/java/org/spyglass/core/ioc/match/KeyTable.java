package org.spyglass.core.ioc.match;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Distinct strings, each with a number, packed for tables of millions of keys: the keys' bytes ({@link KeyBytes}) in
 * one array with an offset each (value {@code n} is {@code bytes[offsets[n], offsets[n + 1])}; the arrays may be shared
 * with a {@link ValueStore} holding other keys too), and an open-addressing index of one int array, a power of two
 * long and at most 60 % used: each used slot holds the key's number plus one in its low bits and a fingerprint of the
 * key's {@link String#hashCode()} in the bits left, so that a probe reads that one array until a fingerprint is equal
 * (a miss costs about one cache line) and compares bytes only then. A probe is made with a part of a string and its
 * hash, so that walking the labels of a host makes no substring: the hash of a suffix is the tail of the polynomial sum
 * {@code String.hashCode} computes, so it grows from the right one character at a time. No object per key. Immutable;
 * thread-safe. {@link Builder} adds keys.
 */
final class KeyTable {
    private static final KeyTable EMPTY = new Builder(0).build();

    private final byte[] bytes;
    private final int[] offsets;
    private final int size;
    private final int[] slots;
    private final int numberBits;
    private final int numberMask;

    /** An empty index for {@code size} keys numbered below {@code limit}. */
    private KeyTable(byte[] bytes, int[] offsets, int size, int limit) {
        this(bytes, offsets, size, Math.max(1, 32 - Integer.numberOfLeadingZeros(limit)), new int[capacity(size)]);
    }

    private KeyTable(byte[] bytes, int[] offsets, int size, int numberBits, int[] slots) {
        this.bytes = bytes;
        this.offsets = offsets;
        this.size = size;
        this.numberBits = numberBits;
        numberMask = (int) ((1L << numberBits) - 1);
        this.slots = slots;
    }

    static KeyTable empty() {
        return EMPTY;
    }

    /**
     * The index of the values of type {@code type} as {@link #slots()} gave it for the same {@code bytes},
     * {@code offsets} and {@code types} (read back in bulk, without placing every key again).
     *
     * @throws IllegalArgumentException when the slots do not index the values of that type
     */
    static KeyTable ofSlots(byte[] bytes, int[] offsets, byte[] types, byte type, int[] slots) {
        KeyTable table = new KeyTable(bytes, offsets, 0, types.length);
        int size = 0;
        for (byte one : types) {
            if (one == type) {
                size++;
            }
        }
        int used = 0;
        for (int slot : slots) {
            if (slot != 0) {
                int number = (slot & table.numberMask) - 1;
                if (number < 0 || number >= types.length || types[number] != type) {
                    throw new IllegalArgumentException("a slot names a value of another type or none");
                }
                used++;
            }
        }
        if (used != size || slots.length <= size || Integer.bitCount(slots.length) != 1) {
            throw new IllegalArgumentException("the slots do not index the " + size + " values of their type");
        }
        return new KeyTable(bytes, offsets, size, table.numberBits, slots);
    }

    /** The table of the keys placed in {@code hashes} and {@code numbers} (all below {@code limit}) by a builder. */
    static KeyTable of(byte[] bytes, int[] offsets, int size, int limit, int[] hashes, int[] numbers) {
        KeyTable table = new KeyTable(bytes, offsets, size, limit);
        for (int i = 0; i < hashes.length; i++) {
            if (hashes[i] != 0) {
                table.place(numbers[i], hashes[i]);
            }
        }
        return table;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The key numbered {@code number} (a number it gave). */
    String key(int number) {
        return KeyBytes.read(bytes, offsets[number], offsets[number + 1]);
    }

    /** The slots as they are, for {@link #ofSlots} (not to be changed). */
    int[] slots() {
        return slots;
    }

    /** Hands every key's number to {@code action}, in slot order. */
    void forEachNumber(IntConsumer action) {
        for (int slot : slots) {
            if (slot != 0) {
                action.accept((slot & numberMask) - 1);
            }
        }
    }

    /** The number of {@code key}, or -1. */
    int find(String key) {
        return find(key, 0, key.length(), key.hashCode());
    }

    /** The number of the key equal to {@code s.substring(from, to)}, or -1. Makes no object. */
    int find(String s, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + s.charAt(i);
        }
        return find(s, from, to, hash);
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
            if ((i == from || s.charAt(i - 1) == '.') && find(s, i, to, hash) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The number of the key equal to {@code s.substring(from, to)}, whose hash is {@code hash}; -1 when none. */
    private int find(String s, int from, int to, int hash) {
        int stored = stored(hash);
        int wanted = fingerprint(stored);
        int mask = ~numberMask;
        for (int slot = home(stored, slots.length); slots[slot] != 0; slot = next(slot, slots.length)) {
            if ((slots[slot] & mask) == wanted) {
                int number = (slots[slot] & numberMask) - 1;
                if (KeyBytes.equal(bytes, offsets[number], offsets[number + 1], s, from, to)) {
                    return number;
                }
            }
        }
        return -1;
    }

    /** Puts the key numbered {@code number}, whose stored hash is {@code stored}, in its slot (while made). */
    private void place(int number, int stored) {
        int slot = home(stored, slots.length);
        while (slots[slot] != 0) {
            slot = next(slot, slots.length);
        }
        slots[slot] = fingerprint(stored) | number + 1;
    }

    /** The bits of a stored hash above the number bits (mixed, so that short keys get fingerprints too). */
    private int fingerprint(int stored) {
        return (stored * 0x7FEB352D) >>> numberBits << numberBits;
    }

    /** The slots for {@code size} keys: the smallest power of two of which they use at most 60 %. */
    static int capacity(int size) {
        return Integer.highestOneBit((int) Math.min(1 << 30, size * 5L / 3 + 4) - 1) << 1;
    }

    /** Whether {@code capacity} slots are too few for {@code size} keys while they are added (over 75 % used). */
    static boolean full(int size, int capacity) {
        return size * 4L > capacity * 3L;
    }

    /** A hash as slots keep it: 0 marks a free slot, so a hash of 0 is 1. */
    static int stored(int hash) {
        return hash == 0 ? 1 : hash;
    }

    /** The first slot to probe for {@code hash} among {@code capacity} (a power of two). */
    static int home(int hash, int capacity) {
        return (hash ^ hash >>> 16) & capacity - 1;
    }

    static int next(int slot, int capacity) {
        return slot + 1 & capacity - 1;
    }

    /** Adds keys numbered 0, 1, … in the order they come, growing its arrays as needed. Not thread-safe. */
    static final class Builder {
        private byte[] bytes;
        private int used;
        private int[] offsets;
        private final GrowingSlots slots;

        /** A builder sized for about {@code expected} keys. */
        Builder(int expected) {
            int keys = Math.max(expected, 4);
            bytes = new byte[Math.max(64, keys * 16)];
            offsets = new int[keys + 1];
            slots = new GrowingSlots(keys);
        }

        int size() {
            return slots.count();
        }

        /** Adds {@code key} if it is new; returns its number, or {@code -1 - number} when it was there already. */
        int add(String key) {
            int hash = key.hashCode();
            int known = slots.find(bytes, offsets, key, hash);
            if (known >= 0) {
                return -1 - known;
            }
            int length = KeyBytes.length(key);
            if (bytes.length - used < length) {
                bytes = Arrays.copyOf(bytes, Math.max(used + length, bytes.length + (bytes.length >> 1)));
            }
            used = KeyBytes.write(key, bytes, used);
            int number = slots.count();
            if (number + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length + (offsets.length >> 1) + 1);
            }
            offsets[number + 1] = used;
            slots.add(hash, number);
            return number;
        }

        /** The table of the keys added; the builder must not be used afterwards. */
        KeyTable build() {
            int size = slots.count();
            return slots.build(Arrays.copyOf(bytes, used), Arrays.copyOf(offsets, size + 1), size);
        }
    }
}
