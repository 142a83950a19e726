package org.spyglass.core.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.spyglass.core.ioc.Indicators;

/**
 * Everything a check needs, built by the command line (or any other caller) so the core never sees it.
 *
 * @param command     the command's name, e.g. {@code ios check-backup}, for {@code command.log} and the summary
 * @param arguments   the command-line arguments as given, for {@code command.log}; never contains a password
 * @param evidence    the evidence path as given by the user
 * @param output      the results folder; created when missing; must not lie inside the evidence
 * @param indicators  the indicators to match
 * @param modules     the module names to run; empty means all that apply
 * @param hashAll     also hash every file of the evidence, not only those read ({@code --hashes})
 * @param prettyJson  indent the JSON outputs
 * @param timesketch  also write {@code timeline.jsonl}, each event with its record, in Timesketch's import format
 * @param threads     modules run in parallel on this many threads (at least 1)
 */
public record RunRequest(String command, List<String> arguments, Path evidence, Path output, Indicators indicators,
                         Set<String> modules, boolean hashAll, boolean prettyJson, boolean timesketch,
                         int threads) {
    public RunRequest {
        Objects.requireNonNull(command, "command");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(indicators, "indicators");
        modules = Set.copyOf(modules);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
