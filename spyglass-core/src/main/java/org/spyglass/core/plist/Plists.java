package org.spyglass.core.plist;

import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDate;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSSet;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListParser;
import com.dd.plist.UID;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.time.Times;

/**
 * Reads binary, XML and ASCII property lists with dd-plist, bounded: a size cap on the input and a nesting cap on
 * the conversion. XML plists that declare entities are refused before parsing (dd-plist already turns external
 * entities and DTD loading off; no real plist declares an entity, so refusing them also stops entity expansion).
 * Stateless and thread-safe.
 */
public final class Plists {
    /** The default cap on a plist's size: Info.plist with its embedded app metadata can reach tens of MB. */
    public static final int DEFAULT_MAX_BYTES = 128 * 1024 * 1024;
    /** How deep containers may nest before a plist is refused. */
    public static final int MAX_DEPTH = 256;

    private Plists() {
    }

    /** Reads a plist from a stream (not closed here) of at most {@link #DEFAULT_MAX_BYTES}. */
    public static NSObject parse(InputStream in) throws IOException, PlistException {
        return parse(readAtMost(in, DEFAULT_MAX_BYTES));
    }

    /** Reads a plist from a stream (not closed here), refusing one longer than {@code maxBytes}. */
    public static NSObject parse(InputStream in, int maxBytes) throws IOException, PlistException {
        return parse(readAtMost(in, maxBytes));
    }

    public static NSObject parse(byte[] bytes) throws PlistException {
        if (bytes.length == 0) {
            throw new PlistException("the property list is empty");
        }
        if (declaresEntities(bytes)) {
            throw new PlistException("the XML property list declares entities, which no real property list does");
        }
        if (bytes.length >= 8 && new String(bytes, 0, 8, StandardCharsets.ISO_8859_1).equals("bplist00")) {
            BinaryPlistBounds.check(bytes);
        }
        try {
            NSObject root = PropertyListParser.parse(bytes);
            if (root == null) {
                throw new PlistException("the property list has no content");
            }
            return root;
        } catch (PlistException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new PlistException("not a readable property list: " + describe(e), e);
        }
    }

    /** Reads a plist whose top level must be a dictionary. */
    public static NSDictionary parseDictionary(InputStream in) throws IOException, PlistException {
        NSObject root = parse(in);
        if (root instanceof NSDictionary dictionary) {
            return dictionary;
        }
        throw new PlistException("the property list's top level is a " + root.getClass().getSimpleName()
                + ", not a dictionary");
    }

    /**
     * Converts to plain Java values: {@code Map<String, Object>} (insertion order), {@code List<Object>},
     * {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code byte[]}, {@link java.time.Instant}; a
     * UID becomes its {@link Long} value.
     */
    public static Object toJava(NSObject object) throws PlistException {
        return toJava(object, 0);
    }

    /**
     * A time as iOS writes it in property lists: a plist date, or a number of seconds since 2001-01-01 (Apple time,
     * see {@link Times#fromApple}). Null when the value is absent, zero, out of range or of another type.
     */
    public static Instant appleTime(NSObject value) {
        if (value instanceof NSDate date) {
            return Times.fromUnixMillis(date.getDate().getTime());
        }
        if (value instanceof NSNumber number && !number.isBoolean()) {
            return Times.fromApple(number.isInteger() ? (Number) number.longValue() : (Number) number.doubleValue());
        }
        return null;
    }

    /** True when {@link #appleTime} can read the value as a time: a plist date or a number. */
    public static boolean isTime(NSObject value) {
        return value instanceof NSDate || value instanceof NSNumber number && !number.isBoolean();
    }

    /** A UID's value: big-endian, unsigned. */
    public static long uidValue(UID uid) throws PlistException {
        byte[] bytes = uid.getBytes();
        BigInteger value = new BigInteger(1, bytes);
        if (value.bitLength() > 62) {
            throw new PlistException("UID too large: " + value);
        }
        return value.longValue();
    }

    private static Object toJava(NSObject object, int depth) throws PlistException {
        if (depth > MAX_DEPTH) {
            throw new PlistException("the property list nests deeper than " + MAX_DEPTH + " levels");
        }
        if (object == null) {
            return null;
        }
        if (object instanceof NSDictionary dictionary) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, NSObject> entry : dictionary.entrySet()) {
                map.put(entry.getKey(), toJava(entry.getValue(), depth + 1));
            }
            return Collections.unmodifiableMap(map);
        }
        if (object instanceof NSArray array) {
            return list(array.getArray(), depth);
        }
        if (object instanceof NSSet set) {
            return list(set.allObjects(), depth);
        }
        return scalar(object);
    }

    /** Converts a non-container value; null for a type it does not know. */
    static Object scalar(NSObject object) throws PlistException {
        if (object instanceof NSString string) {
            return string.getContent();
        }
        if (object instanceof NSNumber number) {
            if (number.isBoolean()) {
                return number.boolValue();
            }
            return number.isInteger() ? (Object) number.longValue() : (Object) number.doubleValue();
        }
        if (object instanceof NSDate date) {
            return date.getDate().toInstant();
        }
        if (object instanceof NSData data) {
            return data.bytes();
        }
        if (object instanceof UID uid) {
            return uidValue(uid);
        }
        return null;
    }

    private static List<Object> list(NSObject[] items, int depth) throws PlistException {
        List<Object> list = new ArrayList<>(items.length);
        for (NSObject item : items) {
            list.add(toJava(item, depth + 1));
        }
        return Collections.unmodifiableList(list);
    }

    private static byte[] readAtMost(InputStream in, int maxBytes) throws IOException, PlistException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > maxBytes) {
                throw new PlistException("the property list is larger than " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * True for an XML document that contains an entity declaration, in any ASCII-compatible or UTF-16/32 encoding
     * (NUL bytes are dropped before looking).
     */
    static boolean declaresEntities(byte[] bytes) {
        if (bytes.length >= 6 && new String(bytes, 0, 6, StandardCharsets.ISO_8859_1).equals("bplist")) {
            return false;
        }
        byte[] needle = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);
        int matched = 0;
        for (byte b : bytes) {
            if (b == 0) {
                continue;
            }
            matched = b == needle[matched] ? matched + 1 : b == needle[0] ? 1 : 0;
            if (matched == needle.length) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
