package org.spyglass.core.plist;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads named number fields of the root object of a binary {@code NSKeyedArchiver} archive straight from its bytes,
 * without building dd-plist's object graph or {@link KeyedArchive}'s maps: for the many small archives of one shape
 * read on a hot path (Manifest.db's {@code MBFile} blobs, 200,000 in a large backup).
 *
 * <p>It answers only when its answer is the one of the general path: {@link KeyedArchive#decode(byte[])} returns a
 * map, and each field read is that map's value when it is a {@link Number} ({@code longValue()}), else null. To be
 * sure of that, the archive must pass {@link BinaryPlistBounds} as in {@link Plists#parse(byte[])}; every object
 * dd-plist would parse (all those reachable from the top object) must be of a plain form this class checks
 * completely (booleans, integers of 1 to 8 bytes, 4- and 8-byte reals, dates, data, ASCII and UTF-16 strings, UIDs
 * of up to 4 bytes, arrays, dictionaries with ASCII keys, no container reached twice, bounded nesting); and the
 * root must be an instance of the expected class whose fields are scalars, references to scalars or references to
 * archived {@code NSData} (an encrypted backup's {@code EncryptionKey}). Anything else (a damaged archive, another
 * shape, a field holding another object) is not read here: {@link #read} returns null
 * and the caller decodes the archive the general way, which reads it or refuses it with its own
 * {@link PlistException}. Every offset is checked against the object area before it is read, so no input makes it
 * throw. Immutable and thread-safe.
 */
public final class KeyedArchiveFields {
    private static final byte[] HEADER = "bplist00".getBytes(StandardCharsets.US_ASCII);
    private static final int TRAILER = 32;
    /** Keyed archives nest four levels deep; anything deeper is left to the general path. */
    private static final int MAX_NESTING = 16;
    private static final byte[] OBJECTS = ascii("$objects");
    private static final byte[] TOP = ascii("$top");
    private static final byte[] ROOT = ascii("root");
    private static final byte[] CLASS = ascii("$class");
    private static final byte[] CLASS_NAME = ascii("$classname");
    private static final byte[] NS_DATA = ascii("NS.data");
    private static final byte[] NS_DATA_CLASS = ascii("NSData");
    private static final byte[] NS_MUTABLE_DATA_CLASS = ascii("NSMutableData");

    private final byte[] className;
    private final byte[][] fields;

    private KeyedArchiveFields(byte[] className, byte[][] fields) {
        this.className = className;
        this.fields = fields;
    }

    /**
     * A reader of {@code fields} of archived instances of {@code className}; all names are ASCII.
     *
     * @throws IllegalArgumentException when a name is not ASCII
     */
    public static KeyedArchiveFields of(String className, String... fields) {
        byte[][] names = new byte[fields.length][];
        for (int i = 0; i < fields.length; i++) {
            names[i] = ascii(fields[i]);
        }
        return new KeyedArchiveFields(ascii(className), names);
    }

    /**
     * The fields' values in the order given to {@link #of}, each null when the instance lacks the field or holds
     * something else than a number there; or null when this archive is not read here (see the class comment) and
     * must be decoded with {@link KeyedArchive#decode(byte[])}.
     */
    public Long[] read(byte[] archive) {
        if (archive == null || archive.length < HEADER.length + TRAILER
                || !Arrays.equals(archive, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            return null;
        }
        try {
            BinaryPlistBounds.check(archive);
        } catch (PlistException refused) {
            return null;
        }
        return new Reader(archive).root(className, fields);
    }

    private static byte[] ascii(String name) {
        Objects.requireNonNull(name, "name");
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(name)) {
            throw new IllegalArgumentException("not an ASCII name: " + name);
        }
        return name.getBytes(StandardCharsets.US_ASCII);
    }

    /** One archive, already checked by {@link BinaryPlistBounds}. */
    private static final class Reader {
        private static final int BOOLEAN = 0x0;
        private static final int INTEGER = 0x1;
        private static final int REAL = 0x2;
        private static final int DATE = 0x3;
        private static final int DATA = 0x4;
        private static final int ASCII = 0x5;
        private static final int UTF16 = 0x6;
        private static final int UID = 0x8;
        private static final int ARRAY = 0xA;
        private static final int DICTIONARY = 0xD;
        private static final int NOT_FOUND = -1;

        private final byte[] bytes;
        private final int offsetSize;
        private final int refSize;
        private final int count;
        private final int table;
        private final int top;
        private boolean[] containersSeen;
        private int objectCount;
        private int objectRefs;
        /** Set by {@link #length}: where the object's content starts. */
        private int body;

        Reader(byte[] bytes) {
            this.bytes = bytes;
            int trailer = bytes.length - TRAILER;
            offsetSize = bytes[trailer + 6] & 0xff;
            refSize = bytes[trailer + 7] & 0xff;
            // BinaryPlistBounds has checked these against the file's length, so they fit in an int.
            count = (int) unsigned(trailer + 8, 8);
            top = (int) unsigned(trailer + 16, 8);
            table = (int) unsigned(trailer + 24, 8);
        }

        Long[] root(byte[] className, byte[][] fields) {
            // dd-plist masks offsets and references to 32 bits: wider ones are left to it.
            if (offsetSize > 4 || refSize > 4 || !plain(top, 0) || type(top) != DICTIONARY) {
                return null;
            }
            int objects = value(top, OBJECTS);
            int topKeys = value(top, TOP);
            if (objects == NOT_FOUND || type(objects) != ARRAY || topKeys == NOT_FOUND
                    || type(topKeys) != DICTIONARY) {
                return null;
            }
            objectCount = length(objects);
            objectRefs = body;
            long rootIndex = uid(value(topKeys, ROOT));
            int root = element(rootIndex);
            if (root == NOT_FOUND || type(root) != DICTIONARY) {
                return null;
            }
            int classInfo = element(uid(value(root, CLASS)));
            if (classInfo == NOT_FOUND || type(classInfo) != DICTIONARY) {
                return null;
            }
            int name = value(classInfo, CLASS_NAME);
            if (name == NOT_FOUND || !textEquals(name, className)) {
                return null;
            }
            return fields(root, rootIndex, fields);
        }

        /**
         * The wanted fields of the root instance, the last entry of a key winning as in dd-plist; null when any
         * field holds something else than a scalar, a reference to one or to archived data (KeyedArchive would
         * decode it as an object, which may fail).
         */
        private Long[] fields(int root, long rootIndex, byte[][] wanted) {
            Long[] values = new Long[wanted.length];
            int entries = length(root);
            int refs = body;
            for (int i = 0; i < entries; i++) {
                int key = reference(refs + i * refSize);
                int length = lengthOrNegative(offset(key));
                int text = body;
                if (equals(text, length, CLASS)) {
                    continue;
                }
                int value = reference(refs + (entries + i) * refSize);
                Long number;
                if (type(value) == UID) {
                    long index = uid(value);
                    value = element(index);
                    if (index == rootIndex || value == NOT_FOUND) {
                        return null;
                    }
                    if (type(value) == DICTIONARY) {
                        if (!dataInstance(value, index, rootIndex)) {
                            return null;
                        }
                        number = null;
                    } else if (type(value) <= UTF16) {
                        number = number(value);
                    } else {
                        return null;
                    }
                } else if (type(value) <= UTF16) {
                    number = number(value);
                } else {
                    return null;
                }
                for (int f = 0; f < wanted.length; f++) {
                    if (equals(text, length, wanted[f])) {
                        values[f] = number;
                    }
                }
            }
            return values;
        }

        /**
         * True when the dictionary at {@code index} of {@code $objects} is an archived {@code NSData} or
         * {@code NSMutableData} (an encrypted backup's MBFile keeps its {@code EncryptionKey} so) that KeyedArchive
         * decodes to its bytes without error: its {@code NS.data} is missing, a scalar or a reference to one.
         */
        private boolean dataInstance(int dictionary, long index, long rootIndex) {
            int classInfo = element(uid(value(dictionary, CLASS)));
            if (classInfo == NOT_FOUND || type(classInfo) != DICTIONARY) {
                return false;
            }
            int name = value(classInfo, CLASS_NAME);
            if (name == NOT_FOUND || !textEquals(name, NS_DATA_CLASS) && !textEquals(name, NS_MUTABLE_DATA_CLASS)) {
                return false;
            }
            int data = value(dictionary, NS_DATA);
            if (data == NOT_FOUND) {
                return true;
            }
            if (type(data) == UID) {
                long dataIndex = uid(data);
                data = element(dataIndex);
                if (dataIndex == index || dataIndex == rootIndex || data == NOT_FOUND) {
                    return false;
                }
            }
            return type(data) <= UTF16;
        }

        /** The object at {@code index} of {@code $objects}, or NOT_FOUND past its end. */
        private int element(long index) {
            return index >= 0 && index < objectCount ? reference(objectRefs + (int) index * refSize) : NOT_FOUND;
        }

        /** The value of a UID object, or -1 when the object is missing or not a UID. */
        private long uid(int object) {
            if (object == NOT_FOUND || type(object) != UID) {
                return -1;
            }
            int offset = offset(object);
            return unsigned(offset + 1, (bytes[offset] & 0x0f) + 1);
        }

        /** The value of the last entry under {@code key} (as dd-plist keeps it), or NOT_FOUND. */
        private int value(int dictionary, byte[] key) {
            int entries = length(dictionary);
            int keys = body;
            int found = NOT_FOUND;
            for (int i = 0; i < entries; i++) {
                if (textEquals(reference(keys + i * refSize), key)) {
                    found = reference(keys + (entries + i) * refSize);
                }
            }
            return found;
        }

        /**
         * True when dd-plist parses the object and all it contains without error, and the object is of a form this
         * reader reads exactly; every offset an object's content needs is checked to lie before the offset table.
         */
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
                    int length = lengthOrNegative(offset);
                    return length >= 0 && fits(body, marker >> 4 == UTF16 ? 2L * length : length);
                }
                case UID:
                    return info <= 3 && fits(offset + 1, info + 1);
                case ARRAY:
                case DICTIONARY:
                    return container(object, offset, marker >> 4, depth);
                default:
                    return false;
            }
        }

        private boolean container(int object, int offset, int type, int depth) {
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
            int entries = lengthOrNegative(offset);
            int refs = type == DICTIONARY ? 2 * entries : entries;
            int start = body;
            if (entries < 0 || !fits(start, (long) refs * refSize)) {
                return false;
            }
            for (int i = 0; i < refs; i++) {
                long child = unsigned(start + i * refSize, refSize);
                if (child >= count || !plain((int) child, depth + 1)
                        || type == DICTIONARY && i < entries && type((int) child) != ASCII) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The entry count of a string, data, array or dictionary object, setting {@link #body}; -1 when the count
         * is written in a form dd-plist reads differently (or not at all).
         */
        private int lengthOrNegative(int offset) {
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

        /** The length of an object already found {@link #plain}, setting {@link #body}. */
        private int length(int object) {
            return lengthOrNegative(offset(object));
        }

        private boolean fits(long start, long size) {
            return start + size <= table;
        }

        private int type(int object) {
            return (bytes[offset(object)] & 0xff) >> 4;
        }

        private int offset(int object) {
            // BinaryPlistBounds has checked every offset to lie between the header and the offset table.
            return (int) unsigned(table + object * offsetSize, offsetSize);
        }

        private int reference(int at) {
            return (int) unsigned(at, refSize);
        }

        private boolean textEquals(int object, byte[] text) {
            int offset = offset(object);
            if ((bytes[offset] & 0xff) >> 4 != ASCII) {
                return false;
            }
            int length = lengthOrNegative(offset);
            return equals(body, length, text);
        }

        private boolean equals(int start, int length, byte[] text) {
            return length == text.length && Arrays.equals(bytes, start, start + length, text, 0, length);
        }

        /** A number as {@code Number.longValue()} of what dd-plist and {@link Plists} make of it; else null. */
        private Long number(int object) {
            int offset = offset(object);
            int marker = bytes[offset] & 0xff;
            int size = 1 << (marker & 0x0f);
            switch (marker >> 4) {
                case INTEGER:
                    // 1, 2 and 4 bytes are unsigned, 8 bytes two's complement (dd-plist's parseLong).
                    return unsigned(offset + 1, size);
                case REAL:
                    long bits = unsigned(offset + 1, size);
                    double real = size == 4 ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
                    return (long) real;
                default:
                    return null;
            }
        }

        private long unsigned(int at, int size) {
            long value = 0;
            for (int i = 0; i < size; i++) {
                value = (value << 8) | (bytes[at + i] & 0xff);
            }
            return value;
        }
    }
}
