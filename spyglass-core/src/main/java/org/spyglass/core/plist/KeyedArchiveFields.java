package org.spyglass.core.plist;

import static org.spyglass.core.plist.PlainBinaryPlist.ARRAY;
import static org.spyglass.core.plist.PlainBinaryPlist.DICTIONARY;
import static org.spyglass.core.plist.PlainBinaryPlist.NOT_FOUND;
import static org.spyglass.core.plist.PlainBinaryPlist.UTF16;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads named number fields of the root object of a binary {@code NSKeyedArchiver} archive straight from its bytes,
 * without building dd-plist's object graph or {@link KeyedArchive}'s maps: for the many small archives of one shape
 * read on a hot path (Manifest.db's {@code MBFile} blobs, 200,000 in a large backup).
 *
 * <p>It answers only when its answer is the one of the general path: {@link KeyedArchive#decode(byte[])} returns a
 * map, and each field read is that map's value when it is a {@link Number} ({@code longValue()}), else null. To be
 * sure of that, the archive must be a {@code PlainBinaryPlist} (one dd-plist parses without error into exactly what
 * that class reads), and the root must be an instance of the expected class whose fields are scalars, references to
 * scalars or references to archived {@code NSData} (an encrypted backup's {@code EncryptionKey}). Anything else (a
 * damaged archive, another shape, a field holding another object) is not read here: {@link #read} returns null and
 * the caller decodes the archive the general way, which reads it or refuses it with its own {@link PlistException}.
 * No input makes it throw. Immutable and thread-safe.
 */
public final class KeyedArchiveFields {
    private static final byte[] OBJECTS = ascii("$objects");
    private static final byte[] TOP = ascii("$top");
    private static final byte[] ROOT = ascii("root");
    private static final byte[] CLASS = ascii("$class");
    private static final byte[] CLASS_NAME = ascii("$classname");
    private static final byte[] NS_DATA = ascii("NS.data");
    private static final byte[][] DATA_CLASSES = {ascii("NSData"), ascii("NSMutableData")};

    private final byte[][] className;
    /** {@code $class}, then the fields asked for. */
    private final byte[][] keys;

    private KeyedArchiveFields(byte[] className, byte[][] keys) {
        this.className = new byte[][] {className};
        this.keys = keys;
    }

    /**
     * A reader of {@code fields} (distinct names) of archived instances of {@code className}; all names are ASCII.
     *
     * @throws IllegalArgumentException when a name is not ASCII
     */
    public static KeyedArchiveFields of(String className, String... fields) {
        byte[][] keys = new byte[fields.length + 1][];
        keys[0] = CLASS;
        for (int i = 0; i < fields.length; i++) {
            keys[i + 1] = ascii(fields[i]);
        }
        return new KeyedArchiveFields(ascii(className), keys);
    }

    /**
     * The fields' values in the order given to {@link #of}, each null when the instance lacks the field or holds
     * something else than a number there; or null when this archive is not read here (see the class comment) and
     * must be decoded with {@link KeyedArchive#decode(byte[])}.
     */
    public Long[] read(byte[] archive) {
        PlainBinaryPlist plist = PlainBinaryPlist.of(archive);
        if (plist == null || plist.type(plist.top()) != DICTIONARY) {
            return null;
        }
        int objects = plist.value(plist.top(), OBJECTS);
        int top = plist.value(plist.top(), TOP);
        if (plist.type(objects) != ARRAY || plist.type(top) != DICTIONARY) {
            return null;
        }
        long rootIndex = plist.uid(plist.value(top, ROOT));
        int root = plist.element(objects, rootIndex);
        if (plist.type(root) != DICTIONARY || classOf(plist, objects, root, className) != 0) {
            return null;
        }
        return fields(plist, objects, root, rootIndex);
    }

    /**
     * The fields of the root instance, the last entry of a key winning as in dd-plist; null when any field holds
     * something else than a scalar, a reference to one or to archived data (KeyedArchive would decode it as an
     * object, which may fail).
     */
    private Long[] fields(PlainBinaryPlist plist, int objects, int root, long rootIndex) {
        Long[] values = new Long[keys.length - 1];
        for (int i = 0, entries = plist.size(root); i < entries; i++) {
            int key = plist.indexOf(plist.key(root, i), keys);
            if (key == 0) {
                continue;
            }
            int value = plist.value(root, i);
            if (plist.type(value) == PlainBinaryPlist.UID) {
                long index = plist.uid(value);
                value = plist.element(objects, index);
                if (index == rootIndex || value == NOT_FOUND || plist.type(value) > UTF16
                        && !(plist.type(value) == DICTIONARY && isData(plist, objects, value, index, rootIndex))) {
                    return null;
                }
            } else if (plist.type(value) > UTF16) {
                return null;
            }
            if (key > 0) {
                values[key - 1] = plist.number(value);
            }
        }
        return values;
    }

    /**
     * True when the dictionary at {@code index} of {@code $objects} is an archived {@code NSData} or
     * {@code NSMutableData} that KeyedArchive decodes to its bytes without error: its {@code NS.data} is missing, a
     * scalar or a reference to one (not to itself or the root, which KeyedArchive refuses as a cycle).
     */
    private static boolean isData(PlainBinaryPlist plist, int objects, int dictionary, long index, long rootIndex) {
        if (classOf(plist, objects, dictionary, DATA_CLASSES) < 0) {
            return false;
        }
        int data = plist.value(dictionary, NS_DATA);
        if (plist.type(data) == PlainBinaryPlist.UID) {
            long dataIndex = plist.uid(data);
            data = plist.element(objects, dataIndex);
            if (dataIndex == index || dataIndex == rootIndex || data == NOT_FOUND) {
                return false;
            }
        }
        return data == NOT_FOUND || plist.type(data) <= UTF16;
    }

    /**
     * Which of {@code names} an archived instance's {@code $class} names (as {@code KeyedArchive.className} reads
     * it: a UID to a dictionary whose {@code $classname} is a string), or -1.
     */
    private static int classOf(PlainBinaryPlist plist, int objects, int instance, byte[][] names) {
        int classInfo = plist.element(objects, plist.uid(plist.value(instance, CLASS)));
        return plist.type(classInfo) == DICTIONARY ? plist.indexOf(plist.value(classInfo, CLASS_NAME), names) : -1;
    }

    private static byte[] ascii(String name) {
        Objects.requireNonNull(name, "name");
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(name)) {
            throw new IllegalArgumentException("not an ASCII name: " + name);
        }
        return name.getBytes(StandardCharsets.US_ASCII);
    }
}
