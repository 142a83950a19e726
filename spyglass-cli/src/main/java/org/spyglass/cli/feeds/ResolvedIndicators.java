package org.spyglass.cli.feeds;

import java.util.List;
import java.util.Objects;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Warning;

/**
 * The indicator set of a run and what went wrong while loading it.
 *
 * @param indicators the merged indicators of every file loaded
 * @param warnings   skipped indicators and skipped files, each naming its file
 * @param cache      one line for the command log saying whether the set was parsed or read from the indicator cache,
 *                   or null when the caller did not say
 */
public record ResolvedIndicators(Indicators indicators, List<Warning> warnings, String cache) {
    public ResolvedIndicators {
        Objects.requireNonNull(indicators, "indicators");
        warnings = List.copyOf(warnings);
    }

    public ResolvedIndicators(Indicators indicators, List<Warning> warnings) {
        this(indicators, warnings, null);
    }

    /** The same set and warnings with another cache line. */
    public ResolvedIndicators withCache(String line) {
        return new ResolvedIndicators(indicators, warnings, line);
    }
}
