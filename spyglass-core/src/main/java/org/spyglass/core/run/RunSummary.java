package org.spyglass.core.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.spyglass.core.ExitCode;
import org.spyglass.core.module.Warning;
import org.spyglass.core.source.SourceKind;

/**
 * The outcome of a run, as written to {@code summary.json} and shown at the end of a check.
 *
 * @param command         the command's name, from the request
 * @param evidence        the evidence path as given
 * @param sourceKind      what kind of evidence it was
 * @param output          the results folder (real path)
 * @param started         when the run started (UTC)
 * @param finished        when the modules and the merged outputs were done (UTC)
 * @param modules         every candidate module, in the order given to the engine
 * @param warnings        the first {@link #MAX_WARNINGS} warnings, in arrival order
 * @param warningCount    all warnings, including those not kept
 * @param alerts          the alerts, counted
 * @param indicators      the indicators used
 * @param deviceInfo      facts about the device, from the source
 * @param interrupted     true when the run was cancelled
 * @param verdict         the verdict
 * @param verdictSentence the verdict as a sentence for a person
 */
public record RunSummary(String command, Path evidence, SourceKind sourceKind, Path output, Instant started,
                         Instant finished, List<ModuleResult> modules, List<Warning> warnings, long warningCount,
                         AlertCounts alerts, IndicatorSummary indicators, Map<String, String> deviceInfo,
                         boolean interrupted, Verdict verdict, String verdictSentence) {
    /** How many warnings a run keeps in memory (and in {@code summary.json}); the rest are only counted and logged. */
    public static final int MAX_WARNINGS = 1000;

    public RunSummary {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        modules = List.copyOf(modules);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(alerts, "alerts");
        Objects.requireNonNull(indicators, "indicators");
        deviceInfo = Map.copyOf(deviceInfo);
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(verdictSentence, "verdictSentence");
    }

    /**
     * The process exit code: {@link ExitCode#INTERRUPTED} when interrupted, {@link ExitCode#ALERTS} when at least
     * one alert is HIGH or above, {@link ExitCode#COMPLETED} otherwise.
     */
    public ExitCode exitCode() {
        return exitCode(interrupted, alerts);
    }

    static ExitCode exitCode(boolean interrupted, AlertCounts alerts) {
        if (interrupted) {
            return ExitCode.INTERRUPTED;
        }
        return alerts.severe() > 0 ? ExitCode.ALERTS : ExitCode.COMPLETED;
    }

    /** The result of the named module, or null when it was not a candidate. */
    public ModuleResult module(String name) {
        return modules.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }
}
