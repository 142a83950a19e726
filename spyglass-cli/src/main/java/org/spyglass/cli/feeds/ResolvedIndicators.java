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
 */
public record ResolvedIndicators(Indicators indicators, List<Warning> warnings) {
    public ResolvedIndicators {
        Objects.requireNonNull(indicators, "indicators");
        warnings = List.copyOf(warnings);
    }
}
