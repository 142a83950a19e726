package org.spyglass.core.plist;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.UID;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.spyglass.core.time.Times;

/**
 * Decodes an {@code NSKeyedArchiver} plist into plain Java values: it resolves {@code $top} and the {@code $objects}
 * table through UIDs and turns the common Foundation classes into {@code Map<String, Object>} (NSDictionary),
 * {@code List<Object>} (NSArray, NSSet), {@code String} (NSString, NSURL, NSUUID), {@code Instant} (NSDate, null
 * when unset or implausible), {@code byte[]} (NSData). An instance of any other class becomes a map of its decoded
 * fields plus {@code "$class"} naming the class. {@code $null} becomes null.
 *
 * <p>Archives are hostile input: object references are bounds-checked, cycles and nesting deeper than
 * {@link Plists#MAX_DEPTH} are refused, and each object is decoded once, so shared references cost no more than
 * the table. Not thread-safe; use one instance per archive (through the static methods).
 */
public final class KeyedArchive {
    private static final Object PENDING = new Object();
    private static final Object NULL = new Object();

    private final NSObject[] objects;
    private final Object[] decoded;

    private KeyedArchive(NSObject[] objects) {
        this.objects = objects;
        this.decoded = new Object[objects.length];
    }

    /** Parses and decodes archive bytes. */
    public static Object decode(byte[] bytes) throws PlistException {
        return decode(Plists.parse(bytes));
    }

    /**
     * Decodes a parsed archive. Returns the object under {@code $top}'s {@code root} key, or, when {@code $top} has
     * no {@code root}, a map of every {@code $top} key to its decoded object.
     */
    public static Object decode(NSObject archive) throws PlistException {
        if (!(archive instanceof NSDictionary dictionary)
                || !(dictionary.get("$objects") instanceof NSArray table)
                || !(dictionary.get("$top") instanceof NSDictionary top)) {
            throw new PlistException("not an NSKeyedArchiver archive: $objects or $top is missing");
        }
        KeyedArchive decoder = new KeyedArchive(table.getArray());
        if (top.containsKey("root")) {
            return decoder.value(top.get("root"), 0);
        }
        Map<String, Object> roots = new LinkedHashMap<>();
        for (Map.Entry<String, NSObject> entry : top.entrySet()) {
            roots.put(entry.getKey(), decoder.value(entry.getValue(), 0));
        }
        return Collections.unmodifiableMap(roots);
    }

    private Object value(NSObject value, int depth) throws PlistException {
        if (depth > Plists.MAX_DEPTH) {
            throw new PlistException("the archive nests deeper than " + Plists.MAX_DEPTH + " levels");
        }
        if (value instanceof UID uid) {
            return reference(Plists.uidValue(uid), depth);
        }
        if (value instanceof NSArray array) {
            return list(array.getArray(), depth);
        }
        if (value instanceof NSDictionary dictionary) {
            return dictionary.containsKey("$class") ? instance(dictionary, depth) : plainMap(dictionary, depth);
        }
        return Plists.scalar(value);
    }

    private Object reference(long index, int depth) throws PlistException {
        if (index < 0 || index >= objects.length) {
            throw new PlistException("the archive refers to object " + index + " of " + objects.length);
        }
        int i = (int) index;
        Object known = decoded[i];
        if (known == PENDING) {
            throw new PlistException("the archive refers to object " + i + " from inside itself (a cycle)");
        }
        if (known != null) {
            return known == NULL ? null : known;
        }
        NSObject object = objects[i];
        if (object instanceof NSString string && "$null".equals(string.getContent())) {
            decoded[i] = NULL;
            return null;
        }
        decoded[i] = PENDING;
        Object result = value(object, depth + 1);
        decoded[i] = result == null ? NULL : result;
        return result;
    }

    private Object instance(NSDictionary fields, int depth) throws PlistException {
        String className = className(fields.get("$class"));
        switch (className) {
            case "NSDictionary", "NSMutableDictionary" -> {
                return dictionary(fields, depth);
            }
            case "NSArray", "NSMutableArray", "NSSet", "NSMutableSet", "NSOrderedSet", "NSMutableOrderedSet" -> {
                return fields.get("NS.objects") instanceof NSArray array ? list(array.getArray(), depth) : List.of();
            }
            case "NSString", "NSMutableString" -> {
                Object string = value(fields.get("NS.string"), depth + 1);
                return string instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                        : string;
            }
            case "NSDate" -> {
                return fields.get("NS.time") instanceof NSNumber time ? Times.fromApple(time.doubleValue()) : null;
            }
            case "NSData", "NSMutableData" -> {
                return value(fields.get("NS.data"), depth + 1);
            }
            case "NSUUID" -> {
                return value(fields.get("NS.uuidbytes"), depth + 1) instanceof byte[] bytes && bytes.length == 16
                        ? uuid(bytes) : null;
            }
            case "NSURL" -> {
                Object base = value(fields.get("NS.base"), depth + 1);
                Object relative = value(fields.get("NS.relative"), depth + 1);
                return base == null ? relative : base + "/" + relative;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("$class", className);
                for (Map.Entry<String, NSObject> entry : fields.entrySet()) {
                    if (!entry.getKey().equals("$class")) {
                        map.put(entry.getKey(), value(entry.getValue(), depth + 1));
                    }
                }
                return Collections.unmodifiableMap(map);
            }
        }
    }

    private Map<String, Object> dictionary(NSDictionary fields, int depth) throws PlistException {
        NSObject[] keys = fields.get("NS.keys") instanceof NSArray k ? k.getArray() : new NSObject[0];
        NSObject[] values = fields.get("NS.objects") instanceof NSArray v ? v.getArray() : new NSObject[0];
        if (keys.length != values.length) {
            throw new PlistException("an archived dictionary has " + keys.length + " keys but " + values.length
                    + " values");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            map.put(String.valueOf(value(keys[i], depth + 1)), value(values[i], depth + 1));
        }
        return Collections.unmodifiableMap(map);
    }

    private Map<String, Object> plainMap(NSDictionary dictionary, int depth) throws PlistException {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, NSObject> entry : dictionary.entrySet()) {
            map.put(entry.getKey(), value(entry.getValue(), depth + 1));
        }
        return Collections.unmodifiableMap(map);
    }

    private List<Object> list(NSObject[] items, int depth) throws PlistException {
        List<Object> list = new ArrayList<>(items.length);
        for (NSObject item : items) {
            list.add(value(item, depth + 1));
        }
        return Collections.unmodifiableList(list);
    }

    private String className(NSObject classRef) throws PlistException {
        if (!(classRef instanceof UID uid)) {
            throw new PlistException("an archived object's $class is not a reference");
        }
        long index = Plists.uidValue(uid);
        if (index < 0 || index >= objects.length
                || !(objects[(int) index] instanceof NSDictionary classInfo)
                || !(classInfo.get("$classname") instanceof NSString name)) {
            throw new PlistException("an archived object's $class does not name a class");
        }
        return name.getContent();
    }

    private static String uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }
}
