package org.spyglass.core.plist;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A binary property list read in place, for {@link KeyedArchiveFields}: objects are named by their number in the
 * offset table and read straight from the bytes, nothing is built. {@link #of} accepts only a plist that dd-plist
 * parses without error into exactly what this class reads: it passes {@link BinaryPlistBounds} (as in
 * {@link Plists#parse(byte[])}), its offsets and references are at most 4 bytes (dd-plist masks wider ones to 32
 * bits), and every object reachable from the top one is plain: a boolean, an integer of 1 to 8 bytes (1, 2 and 4
 * unsigned, 8 two's complement), a 4- or 8-byte real, a date, data, an ASCII or UTF-16 string, a UID of up to 4 bytes,
 * an array, or a dictionary whose keys are ASCII strings, each container reached once (no sharing, no cycle) and
 * nested at most {@value #MAX_NESTING} deep, every byte of its content before the offset table. Not thread-safe.
 */
final class PlainBinaryPlist {
    static final int BOOLEAN = 0x0;
    static final int INTEGER = 0x1;
    static final int REAL = 0x2;
    static final int DATE = 0x3;
    static final int DATA = 0x4;
    static final int ASCII = 0x5;
    static final int UTF16 = 0x6;
    static final int UID = 0x8;
    static final int ARRAY = 0xA;
    static final int DICTIONARY = 0xD;
    /** An object that is not there: {@link #type} of it is -1, {@link #uid} -1. */
    static final int NOT_FOUND = -1;

    private static final byte[] HEADER = "bplist00".getBytes(StandardCharsets.US_ASCII);
    private static final int TRAILER = 32;
    /** Keyed archives nest four levels deep; anything deeper is left to dd-plist. */
    private static final int MAX_NESTING = 16;

    private final byte[] bytes;
    private final int offsetSize;
    private final int refSize;
    private final int count;
    private final int table;
    private final int top;
    private boolean[] containersSeen;
    /** Set by {@link #length}: where the object's content starts. */
    private int body;

    private PlainBinaryPlist(byte[] bytes) {
        this.bytes = bytes;
        int trailer = bytes.length - TRAILER;
        offsetSize = bytes[trailer + 6] & 0xff;
        refSize = bytes[trailer + 7] & 0xff;
        // BinaryPlistBounds has checked these against the file's length, so they fit in an int.
        count = (int) unsigned(trailer + 8, 8);
        top = (int) unsigned(trailer + 16, 8);
        table = (int) unsigned(trailer + 24, 8);
    }

    /** The plist, or null when it is not a binary plist read exactly here (see the class comment). */
    static PlainBinaryPlist of(byte[] bytes) {
        if (bytes == null || bytes.length < HEADER.length + TRAILER
                || !Arrays.equals(bytes, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            return null;
        }
        try {
            BinaryPlistBounds.check(bytes);
        } catch (PlistException refused) {
            return null;
        }
        PlainBinaryPlist plist = new PlainBinaryPlist(bytes);
        return plist.offsetSize <= 4 && plist.refSize <= 4 && plist.plain(plist.top, 0) ? plist : null;
    }

    int top() {
        return top;
    }

    /** The object's type (the high nibble of its marker, {@link #DICTIONARY} …), or -1 for NOT_FOUND. */
    int type(int object) {
        return object == NOT_FOUND ? -1 : (bytes[offset(object)] & 0xff) >> 4;
    }

    /** The element at {@code index} of an array, or NOT_FOUND when the index is past its end. */
    int element(int array, long index) {
        int size = length(array);
        return index >= 0 && index < size ? reference(body + (int) index * refSize) : NOT_FOUND;
    }

    /** The number of entries of a dictionary. */
    int size(int dictionary) {
        return length(dictionary);
    }

    /** The key of a dictionary's entry {@code i}. */
    int key(int dictionary, int i) {
        length(dictionary);
        return reference(body + i * refSize);
    }

    /** The value of a dictionary's entry {@code i}. */
    int value(int dictionary, int i) {
        int entries = length(dictionary);
        return reference(body + (entries + i) * refSize);
    }

    /** The value of the last entry under {@code key} (as dd-plist keeps it), or NOT_FOUND. */
    int value(int dictionary, byte[] key) {
        int entries = length(dictionary);
        int refs = body;
        int found = NOT_FOUND;
        for (int i = 0; i < entries; i++) {
            if (textEquals(reference(refs + i * refSize), key)) {
                found = reference(refs + (entries + i) * refSize);
            }
        }
        return found;
    }

    /** True when the object is an ASCII string of exactly these bytes. */
    boolean textEquals(int object, byte[] text) {
        return type(object) == ASCII && spells(length(object), text);
    }

    /** The index of the first of {@code texts} the object (an ASCII string) spells, or -1. */
    int indexOf(int object, byte[][] texts) {
        if (type(object) != ASCII) {
            return -1;
        }
        int length = length(object);
        for (int i = 0; i < texts.length; i++) {
            if (spells(length, texts[i])) {
                return i;
            }
        }
        return -1;
    }

    private boolean spells(int length, byte[] text) {
        return length == text.length && Arrays.equals(bytes, body, body + length, text, 0, length);
    }

    /** The value of a UID object, or -1 when the object is NOT_FOUND or not a UID. */
    long uid(int object) {
        if (type(object) != UID) {
            return -1;
        }
        int offset = offset(object);
        return unsigned(offset + 1, (bytes[offset] & 0x0f) + 1);
    }

    /**
     * A number as {@code Number.longValue()} of what dd-plist and {@link Plists#scalar} make of it ({@code Long}
     * for an integer, {@code Double} for a real), or null for any other object.
     */
    Long number(int object) {
        int type = type(object);
        if (type != INTEGER && type != REAL) {
            return null;
        }
        int offset = offset(object);
        int size = 1 << (bytes[offset] & 0x0f);
        long value = unsigned(offset + 1, size);
        if (type == INTEGER) {
            return value;
        }
        return (long) (size == 4 ? Float.intBitsToFloat((int) value) : Double.longBitsToDouble(value));
    }

    /** True when dd-plist parses the object and all it contains without error, into what this class reads. */
    private boolean plain(int object, int depth) {
        int offset = offset(object);
        int marker = bytes[offset] & 0xff;
        int info = marker & 0x0f;
        switch (marker >> 4) {
            case BOOLEAN:
                return marker == 0x08 || marker == 0x09;
            case INTEGER:
                return info <= 3 && fits(offset + 1, 1 << info);
            case REAL:
                return (info == 2 || info == 3) && fits(offset + 1, 1 << info);
            case DATE:
                return info == 3 && fits(offset + 1, 8);
            case DATA:
            case ASCII:
            case UTF16: {
                int length = lengthAt(offset);
                return length >= 0 && fits(body, marker >> 4 == UTF16 ? 2L * length : length);
            }
            case UID:
                return info <= 3 && fits(offset + 1, info + 1);
            case ARRAY:
            case DICTIONARY:
                return container(object, offset, marker >> 4 == DICTIONARY, depth);
            default:
                return false;
        }
    }

    private boolean container(int object, int offset, boolean dictionary, int depth) {
        if (depth >= MAX_NESTING) {
            return false;
        }
        if (containersSeen == null) {
            containersSeen = new boolean[count];
        }
        if (containersSeen[object]) {
            return false;
        }
        containersSeen[object] = true;
        int entries = lengthAt(offset);
        int refs = dictionary ? 2 * entries : entries;
        int start = body;
        if (entries < 0 || !fits(start, (long) refs * refSize)) {
            return false;
        }
        for (int i = 0; i < refs; i++) {
            long child = unsigned(start + i * refSize, refSize);
            if (child >= count || !plain((int) child, depth + 1)
                    || dictionary && i < entries && type((int) child) != ASCII) {
                return false;
            }
        }
        return true;
    }

    /** The length of a string, data, array or dictionary found {@link #plain}, setting {@link #body}. */
    private int length(int object) {
        return lengthAt(offset(object));
    }

    /**
     * The entry count of the string, data, array or dictionary at {@code offset}, setting {@link #body}; -1 when
     * the count is written in a form dd-plist reads differently (or not at all) or lies past the objects.
     */
    private int lengthAt(int offset) {
        int info = bytes[offset] & 0x0f;
        if (info != 0x0f) {
            body = offset + 1;
            return info;
        }
        if (offset + 1 >= table) {
            return -1;
        }
        int intMarker = bytes[offset + 1] & 0xff;
        if (intMarker < 0x10 || intMarker > 0x12) {
            return -1;
        }
        int size = 1 << (intMarker & 0x0f);
        if (!fits(offset + 2, size)) {
            return -1;
        }
        long length = unsigned(offset + 2, size);
        body = offset + 2 + size;
        return length > Integer.MAX_VALUE ? -1 : (int) length;
    }

    private boolean fits(long start, long size) {
        return start + size <= table;
    }

    private int offset(int object) {
        // BinaryPlistBounds has checked every offset to lie between the header and the offset table.
        return (int) unsigned(table + object * offsetSize, offsetSize);
    }

    private int reference(int at) {
        return (int) unsigned(at, refSize);
    }

    private long unsigned(int at, int size) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            value = (value << 8) | (bytes[at + i] & 0xff);
        }
        return value;
    }
}
