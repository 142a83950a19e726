package org.spyglass.cli.feeds;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.spyglass.core.ioc.cache.IndicatorCache;

/**
 * The most recently used cache file, read on a thread of its own while the feed files are hashed. A lab re-runs
 * the same feeds case after case, so that file is most often the one the run needs, and its set is then ready
 * as soon as the hashes confirm it (reading it takes about as long as hashing the files of a large set). When the
 * hashes give another key, the read is stopped and dropped: nothing of it is used unless the key is the run's.
 */
record CacheReadAhead(String key, Thread thread, CompletableFuture<IndicatorCache.Lookup> lookup) {

    /** Starts reading the newest cache file; null when the cache holds none. */
    static CacheReadAhead start(IndicatorCache cache) {
        String key = cache.newestKey();
        if (key == null) {
            return null;
        }
        CompletableFuture<IndicatorCache.Lookup> lookup = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                lookup.complete(cache.peek(key));
            } catch (Throwable t) {
                lookup.completeExceptionally(t);
            }
        }, "spyglass-indicator-cache-read");
        thread.setDaemon(true);
        thread.start();
        return new CacheReadAhead(key, thread, lookup);
    }

    /**
     * The lookup of {@code key} when it is the one read ahead (a hit is then marked as used, as {@link
     * IndicatorCache#read} does); null otherwise, and the read is dropped.
     */
    static IndicatorCache.Lookup take(CacheReadAhead ahead, String key, IndicatorCache cache) {
        if (ahead == null || !ahead.key.equals(key)) {
            drop(ahead);
            return null;
        }
        IndicatorCache.Lookup lookup;
        try {
            lookup = ahead.lookup.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
        if (lookup.cached() != null) {
            cache.markUsed(lookup.cached());
        }
        return lookup;
    }

    static void drop(CacheReadAhead ahead) {
        if (ahead != null) {
            ahead.thread.interrupt();
        }
    }
}
