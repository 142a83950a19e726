package org.spyglass.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * The dictionary numbers of names given as UTF-8 bytes (module names, event kinds), looked up without making a string
 * for a name already seen: each name is decoded once and numbered by {@code numbering}, as the string that
 * {@code timeline.csv} reads back as. Not thread-safe.
 */
final class Utf8Index {
    private final ToIntFunction<String> numbering;
    private byte[][] keys = new byte[64][];
    private int[] values = new int[64];
    private int size;

    Utf8Index(ToIntFunction<String> numbering) {
        this.numbering = numbering;
    }

    int index(byte[] bytes, int offset, int length) {
        if (length > CsvRows.MAX_FIELD) {
            return numbering.applyAsInt(cut(new String(bytes, offset, length, StandardCharsets.UTF_8)));
        }
        int mask = keys.length - 1;
        int slot = hash(bytes, offset, length) & mask;
        for (byte[] key = keys[slot]; key != null; key = keys[slot]) {
            if (Arrays.equals(key, 0, key.length, bytes, offset, offset + length)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        int value = numbering.applyAsInt(new String(bytes, offset, length, StandardCharsets.UTF_8));
        keys[slot] = Arrays.copyOfRange(bytes, offset, offset + length);
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return value;
    }

    /** The field as {@link CsvRows} reads it back: cut at {@link CsvRows#MAX_FIELD} characters. */
    static String cut(String field) {
        return field.length() > CsvRows.MAX_FIELD ? field.substring(0, CsvRows.MAX_FIELD) : field;
    }

    private static int hash(byte[] bytes, int offset, int length) {
        int hash = 1;
        for (int i = offset, end = offset + length; i < end; i++) {
            hash = 31 * hash + bytes[i];
        }
        return hash ^ hash >>> 16;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            byte[] key = oldKeys[i];
            if (key != null) {
                int slot = hash(key, 0, key.length) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                values[slot] = oldValues[i];
            }
        }
    }
}
