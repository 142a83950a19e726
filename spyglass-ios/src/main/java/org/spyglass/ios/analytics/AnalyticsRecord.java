package org.spyglass.ios.analytics;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a Keychain analytics database ({@code /private/var/Keychains/Analytics/*.db}): an event securityd
 * recorded, with its property list decoded. Fields follow MVT's (the plist's keys, {@code isodate},
 * {@code artifact}), the plist kept under {@code data}.
 *
 * @param file     the device path of the database
 * @param artifact the database's name without {@code .db} ({@code trust_analytics})
 * @param table    {@code hard_failures}, {@code soft_failures} or {@code all_events}
 * @param isodate  the row's {@code timestamp} (Unix time), null when absent or out of range
 * @param data     the row's property list as plain values: maps, lists, text, numbers, booleans, times, bytes
 */
public record AnalyticsRecord(String file, String artifact, String table, Instant isodate, Map<String, Object> data) {
    public AnalyticsRecord {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(table, "table");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(data, "data")));
    }
}
