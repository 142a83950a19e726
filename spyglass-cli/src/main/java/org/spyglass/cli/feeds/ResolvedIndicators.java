package org.spyglass.cli.feeds;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Warning;

/**
 * The indicator set of a run and what went wrong while loading it.
 *
 * @param indicators the merged indicators of every file loaded
 * @param warnings   skipped indicators and skipped files, each naming its file
 * @param cacheLine  the line {@link #cache()} gives once known (a cache file may still be being written), or null
 */
public record ResolvedIndicators(Indicators indicators, List<Warning> warnings, CompletableFuture<String> cacheLine) {
    public ResolvedIndicators {
        Objects.requireNonNull(indicators, "indicators");
        warnings = List.copyOf(warnings);
    }

    public ResolvedIndicators(Indicators indicators, List<Warning> warnings, String cache) {
        this(indicators, warnings, cache == null ? null : CompletableFuture.completedFuture(cache));
    }

    public ResolvedIndicators(Indicators indicators, List<Warning> warnings) {
        this(indicators, warnings, (String) null);
    }

    /**
     * One line for the command log saying whether the set was parsed or read from the indicator cache, or null when
     * the caller did not say. When the set was parsed, its cache file is written on a thread of its own while the
     * check runs: this waits for it, so call it once the check is done.
     */
    public String cache() {
        return cacheLine == null ? null : cacheLine.join();
    }

    /** The same set and warnings with another cache line. */
    public ResolvedIndicators withCache(String line) {
        return new ResolvedIndicators(indicators, warnings, line);
    }

    /** The same set and warnings with a cache line still to come. */
    ResolvedIndicators withCache(CompletableFuture<String> line) {
        return new ResolvedIndicators(indicators, warnings, line);
    }
}
