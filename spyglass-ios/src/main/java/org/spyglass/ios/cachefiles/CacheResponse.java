package org.spyglass.ios.cachefiles;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of a CFNetwork URL cache ({@code Cache.db}, table {@code cfurl_cache_response}): a response an app's
 * networking layer kept. Fields follow MVT's, plus the database's device path.
 *
 * @param cacheFile     the device path of the {@code Cache.db}
 * @param entryId       {@code entry_ID}
 * @param version       {@code version}
 * @param hashValue     {@code hash_value}
 * @param storagePolicy {@code storage_policy}
 * @param url           {@code request_key}: the requested URL
 * @param isodate       {@code time_stamp} (UTC text as SQLite writes it), null when absent or unreadable
 */
public record CacheResponse(String cacheFile, Long entryId, Long version, Long hashValue, Long storagePolicy,
                            String url, Instant isodate) {
    public CacheResponse {
        Objects.requireNonNull(cacheFile, "cacheFile");
    }
}
