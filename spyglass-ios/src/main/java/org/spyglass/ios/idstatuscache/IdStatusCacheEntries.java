package org.spyglass.ios.idstatuscache;

import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.spyglass.core.plist.Plists;

/**
 * Reads the lookups of an idstatuscache plist: a dictionary of services, each a dictionary of handles, each a
 * dictionary with {@code LookupDate} (Apple time, seconds since 2001) and {@code IDStatus}. Top-level values that are
 * not dictionaries (bookkeeping such as a version number) are skipped. Shared by the IDStatusCache parser and the
 * lookup-then-process correlation.
 */
public final class IdStatusCacheEntries {
    private IdStatusCacheEntries() {
    }

    /**
     * Every lookup of the plist in file order, with its occurrence count. The plist is already in memory, so the
     * list is bounded by its size.
     *
     * @param location the file, for warnings
     * @param warn     receives (location, message) for values of an unexpected type
     */
    public static List<IdStatusCacheRecord> read(NSDictionary root, String location, BiConsumer<String, String> warn) {
        List<Lookup> lookups = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Map.Entry<String, NSObject> service : root.entrySet()) {
            if (!(service.getValue() instanceof NSDictionary handles)) {
                continue;
            }
            String where = location + ": " + service.getKey();
            for (Map.Entry<String, NSObject> handle : handles.entrySet()) {
                if (!(handle.getValue() instanceof NSDictionary values)) {
                    warn.accept(where, "the entry of a handle is not a dictionary");
                    continue;
                }
                String user = handle.getKey().replace("\0", "\\x00");
                lookups.add(new Lookup(service.getKey(), user, time(values.get("LookupDate"), where, warn),
                        status(values.get("IDStatus"), where, warn)));
                counts.merge(user, 1, Integer::sum);
            }
        }
        List<IdStatusCacheRecord> records = new ArrayList<>(lookups.size());
        for (Lookup lookup : lookups) {
            records.add(new IdStatusCacheRecord(lookup.service, lookup.user, lookup.time, lookup.status,
                    counts.get(lookup.user)));
        }
        return records;
    }

    private record Lookup(String service, String user, Instant time, Long status) {
    }

    private static Instant time(NSObject value, String where, BiConsumer<String, String> warn) {
        if (value != null && !Plists.isTime(value)) {
            warn.accept(where, "LookupDate is not a date or a number");
        }
        return Plists.appleTime(value);
    }

    private static Long status(NSObject value, String where, BiConsumer<String, String> warn) {
        if (value == null) {
            return null;
        }
        if (value instanceof NSNumber number && number.isInteger()) {
            return number.longValue();
        }
        warn.accept(where, "IDStatus is not an integer");
        return null;
    }
}
