package org.spyglass.ios.analytics;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/** SQL for Keychain analytics databases, with plist blobs written by dd-plist. */
final class AnalyticsFixtures {
    static final String FOLDER = "/private/var/Keychains/Analytics/";
    static final String SCHEMA = """
            CREATE TABLE hard_failures (id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp REAL, data BLOB);
            CREATE TABLE soft_failures (id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp REAL, data BLOB);
            CREATE TABLE all_events (id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp REAL, data BLOB);
            """;

    private AnalyticsFixtures() {
    }

    /** A row of {@code table} at {@code time} holding {@code values} as a binary plist dictionary. */
    static String row(String table, Instant time, Map<String, ?> values) {
        NSDictionary dictionary = new NSDictionary();
        values.forEach((key, value) -> dictionary.put(key, NSObject.fromJavaObject(value)));
        try {
            return blobRow(table, time, BinaryPropertyListWriter.writeToArray(dictionary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row whose data is the given bytes, plist or not. */
    static String blobRow(String table, Instant time, byte[] data) {
        return String.format(Locale.ROOT, "INSERT INTO %s (timestamp, data) VALUES (%s, X'%s');%n", table,
                time.getEpochSecond() + "." + String.format(Locale.ROOT, "%03d", time.getNano() / 1_000_000),
                HexFormat.of().formatHex(data));
    }
}
