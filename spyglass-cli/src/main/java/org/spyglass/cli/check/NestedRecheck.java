package org.spyglass.cli.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.json.Json;
import org.spyglass.core.output.SummaryFile;
import org.spyglass.core.run.ModuleRegistry;
import org.spyglass.core.run.Recheck;
import org.spyglass.core.run.RecheckRequest;
import org.spyglass.core.run.RunSummary;
import org.spyglass.core.source.SourceKind;

/**
 * {@code check-iocs} on the results of a check that checked evidence nested in its evidence (an AndroidQF
 * acquisition's {@code bugreport.zip}, {@code backup.ab}, {@code intrusion_logs/}): the sub-folder of each nested
 * check listed in the saved {@code summary.json} is checked again with the same indicators, so that the main verdict
 * again counts what the nested evidence holds. A nested check that could not be made the first time stays as it was;
 * one whose results cannot be checked again is a warning of the main run, never a silent omission.
 */
final class NestedRecheck {
    /**
     * A nested check as the saved {@code summary.json} lists it.
     *
     * @param name    its name inside the evidence
     * @param results its results folder as written there (relative to the main one)
     * @param saved   what it came to, as saved; null when the file names no kind this version knows
     */
    record Saved(String name, String results, NestedResult saved) {
    }

    private NestedRecheck() {
    }

    /**
     * The nested checks listed in {@code results/summary.json}; empty when there are none, or when the file cannot be
     * read (the re-check of the main folder then says what is wrong with it).
     */
    static List<Saved> read(Path results) {
        JsonNode summary;
        try {
            summary = Json.mapper().readTree(results.resolve(SummaryFile.NAME).toFile());
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        List<Saved> saved = new ArrayList<>();
        for (JsonNode entry : summary.path("nested")) {
            SourceKind kind = kind(entry.path("kind").asText());
            String name = entry.path("evidence").asText("");
            String folder = entry.path("results").asText("");
            JsonNode verdict = entry.get("verdict");
            ExitCode exit = exitCode(entry.at("/exit_code/name").asText());
            NestedResult result = kind == null ? null : new NestedResult(kind, name, folder,
                    verdict == null || verdict.isNull() ? null : verdict.asText(),
                    entry.path("verdict_sentence").asText(""), exit, entry.path("warnings").asLong());
            saved.add(new Saved(name, folder, result));
        }
        return saved;
    }

    /**
     * Checks each nested check's results again ({@code results/<folder>}, written to {@code output/<folder>} when
     * {@code output} is not null) and returns what each came to now, in the saved order.
     */
    static List<NestedResult> run(List<Saved> nested, Path results, Path output, Indicators indicators,
                                  boolean pretty, List<String> arguments, Terminal screen) {
        List<NestedResult> now = new ArrayList<>();
        for (Saved entry : nested) {
            NestedResult result = recheck(entry, results, output, indicators, pretty, arguments, screen);
            if (result != null) {
                now.add(result);
            }
        }
        return now;
    }

    private static NestedResult recheck(Saved entry, Path results, Path output, Indicators indicators,
                                        boolean pretty, List<String> arguments, Terminal screen) {
        if (entry.saved() != null && !entry.saved().checked()) {
            return entry.saved();
        }
        if (!isSubFolderName(entry.results())) {
            return notChecked(entry, "summary.json names its results folder as \"" + entry.results()
                    + "\", which is not a sub-folder of the results", screen);
        }
        screen.info("Checking the results of " + entry.name() + " (" + entry.results() + "/) again...");
        Path target = output == null ? null : output.resolve(entry.results());
        RunSummary summary;
        try {
            summary = new Recheck().run(new RecheckRequest(results.resolve(entry.results()), target, indicators,
                    pretty, arguments), ModuleRegistry.load(), new TerminalProgress(screen, 0));
        } catch (SpyglassException e) {
            return notChecked(entry, e.getMessage(), screen);
        }
        CheckRun.writeReport(summary, screen);
        screen.info("  " + entry.name() + ": " + summary.verdict() + ": " + summary.verdictSentence());
        return new NestedResult(summary.sourceKind(), entry.name(), entry.results(), summary.verdict().name(),
                summary.verdictSentence(), summary.exitCode(), summary.warningCount());
    }

    private static NestedResult notChecked(Saved entry, String reason, Terminal screen) {
        String sentence = "its results could not be checked again: " + reason;
        screen.info("warning: " + entry.name() + " inside the evidence: " + sentence);
        if (entry.saved() == null) {
            screen.info("warning: " + entry.name() + " is left out of the verdict: summary.json gives it no kind "
                    + "this version knows");
            return null;
        }
        return new NestedResult(entry.saved().kind(), entry.name(), entry.results(), null, sentence,
                ExitCode.INPUT_ERROR, 1);
    }

    /** One plain path segment: not empty, not {@code .} or {@code ..}, no separator. */
    static boolean isSubFolderName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0
                && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
    }

    private static SourceKind kind(String name) {
        try {
            return SourceKind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static ExitCode exitCode(String name) {
        try {
            return ExitCode.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return ExitCode.INPUT_ERROR;
        }
    }
}
