package org.spyglass.core.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.spyglass.core.ioc.Indicators;

/**
 * What {@code check-iocs} re-checks, against what, and where it writes.
 *
 * @param results    the saved results folder
 * @param output     the folder to write to, or null to update the results folder in place
 * @param indicators the new indicators
 * @param pretty     indent the JSON files
 * @param arguments  the command line as given, for {@code command.log} and {@code info.json}
 */
public record RecheckRequest(Path results, Path output, Indicators indicators, boolean pretty,
                             List<String> arguments) {
    public RecheckRequest {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(indicators, "indicators");
        arguments = List.copyOf(arguments);
    }
}
