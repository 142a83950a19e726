package org.spyglass.ios.cachefiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spyglass.ios.backup.write.SqlScript;

/** Cache.db contents for tests: the schema resource and response rows. */
public final class CacheFilesFixtures {
    /** CoreTelephony's cache, where Amnesty found Pegasus URLs. */
    public static final String CORETELEPHONY = "/private/var/wireless/Library/Caches/com.apple.coretelephony/Cache.db";

    private CacheFilesFixtures() {
    }

    /** The schema of {@code cache-db.sql}. */
    public static String schema() {
        try {
            return SqlScript.resource(CacheFilesFixtures.class, "cache-db.sql");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code cfurl_cache_response} row; {@code timeStamp} is SQLite's text, e.g. {@code 2021-07-14 02:15:26}. */
    public static String response(long id, String url, String timeStamp) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("entry_ID", id);
        values.put("version", 0);
        values.put("hash_value", 1000 + id);
        values.put("storage_policy", 0);
        values.put("request_key", url);
        values.put("time_stamp", timeStamp);
        return SqlScript.insert("cfurl_cache_response", values);
    }
}
