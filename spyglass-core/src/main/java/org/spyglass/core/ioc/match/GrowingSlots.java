package org.spyglass.core.ioc.match;

/**
 * The index of a {@link KeyTable} while keys are added: the keys' whole hashes and numbers in two int arrays (a free
 * slot has hash 0), placed as {@link KeyTable} places them, and doubled when three quarters are used.
 * {@link #build} packs them into the table's single array. Not thread-safe.
 */
final class GrowingSlots {
    private int[] hashes;
    private int[] numbers;
    private int count;

    /** Slots for about {@code expected} keys. */
    GrowingSlots(int expected) {
        hashes = new int[KeyTable.capacity(expected)];
        numbers = new int[hashes.length];
    }

    /** The slots of {@code table}'s keys, whose bytes are in {@code bytes} and {@code offsets}, to add more. */
    static GrowingSlots of(KeyTable table, byte[] bytes, int[] offsets) {
        GrowingSlots slots = new GrowingSlots(table.size());
        table.forEachNumber(number -> slots.add(KeyBytes.hash(bytes, offsets[number], offsets[number + 1]), number));
        return slots;
    }

    int count() {
        return count;
    }

    /** Makes room for {@code more} keys. */
    void expect(int more) {
        if (KeyTable.full(count + more, hashes.length)) {
            resize(KeyTable.capacity(count + more));
        }
    }

    /** The number of the key {@code key}, whose {@link String#hashCode()} is {@code hash}, or -1. */
    int find(byte[] bytes, int[] offsets, String key, int hash) {
        int stored = KeyTable.stored(hash);
        for (int slot = KeyTable.home(stored, hashes.length); hashes[slot] != 0;
             slot = KeyTable.next(slot, hashes.length)) {
            if (hashes[slot] == stored) {
                int number = numbers[slot];
                if (KeyBytes.equal(bytes, offsets[number], offsets[number + 1], key, 0, key.length())) {
                    return number;
                }
            }
        }
        return -1;
    }

    /** Adds the key numbered {@code number} whose {@link String#hashCode()} is {@code hash} (not there yet). */
    void add(int hash, int number) {
        int stored = KeyTable.stored(hash);
        int slot = KeyTable.home(stored, hashes.length);
        while (hashes[slot] != 0) {
            slot = KeyTable.next(slot, hashes.length);
        }
        hashes[slot] = stored;
        numbers[slot] = number;
        if (KeyTable.full(++count, hashes.length)) {
            resize(hashes.length * 2L);
        }
    }

    /** The table of the keys added, all numbered below {@code limit}; these slots must not be used afterwards. */
    KeyTable build(byte[] bytes, int[] offsets, int limit) {
        KeyTable table = KeyTable.of(bytes, offsets, count, limit, hashes, numbers);
        hashes = null;
        numbers = null;
        return table;
    }

    private void resize(long capacity) {
        int[] oldHashes = hashes;
        int[] oldNumbers = numbers;
        hashes = new int[(int) Math.min(1 << 30, capacity)];
        numbers = new int[hashes.length];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                int slot = KeyTable.home(oldHashes[i], hashes.length);
                while (hashes[slot] != 0) {
                    slot = KeyTable.next(slot, hashes.length);
                }
                hashes[slot] = oldHashes[i];
                numbers[slot] = oldNumbers[i];
            }
        }
    }
}
