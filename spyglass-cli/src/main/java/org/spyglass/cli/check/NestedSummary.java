package org.spyglass.cli.check;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.spyglass.core.ExitCode;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.Warning;
import org.spyglass.core.output.AtomicFile;
import org.spyglass.core.output.CommandLog;
import org.spyglass.core.output.RunOutputs;
import org.spyglass.core.output.SummaryFile;
import org.spyglass.core.run.RunSummary;
import org.spyglass.core.run.Verdict;

/**
 * Adds the nested checks to the main {@code summary.json}: a {@code nested} list, one warning per nested check that
 * had warnings or could not be checked (replacing those of an earlier amend, which {@code check-iocs} finds in the
 * saved summary), and the verdict and exit code of a nested check when they are more severe than the main run's
 * (signs of compromise over signs of targeting over the rest; ALERTS over COMPLETED).
 */
final class NestedSummary {
    /** The module name of the warnings about nested checks. */
    static final String WARNING_MODULE = "nested";

    private NestedSummary() {
    }

    /** Rewrites {@code folder/summary.json} and returns the combined exit code. */
    static ExitCode amend(Path folder, List<NestedResult> nested, boolean pretty) throws IOException {
        Path file = folder.resolve(SummaryFile.NAME);
        ObjectNode summary = (ObjectNode) Json.mapper().readTree(file.toFile());
        ArrayNode list = summary.putArray("nested");
        ObjectNode warnings = (ObjectNode) summary.get("warnings");
        ArrayNode items = (ArrayNode) warnings.get("items");
        dropNestedWarnings(warnings, items);
        ExitCode code = ExitCode.valueOf(summary.at("/exit_code/name").asText());
        for (NestedResult result : nested) {
            ObjectNode entry = list.addObject();
            entry.put("kind", result.kind().name());
            entry.put("evidence", result.name());
            entry.put("results", result.results());
            entry.put("verdict", result.verdict());
            entry.put("verdict_sentence", result.verdictSentence());
            entry.putObject("exit_code").put("name", result.exitCode().name()).put("code", result.exitCode().code());
            entry.put("warnings", result.warnings());
            Warning warning = warning(result);
            if (warning != null) {
                warnings.put("count", warnings.get("count").asLong() + 1);
                if (items.size() < RunSummary.MAX_WARNINGS) {
                    items.addPOJO(warning);
                    warnings.put("kept", items.size());
                }
            }
            if (rank(result.verdict()) > rank(summary.at("/verdict/code").asText())) {
                ObjectNode verdict = (ObjectNode) summary.get("verdict");
                verdict.put("code", result.verdict());
                verdict.put("sentence", result.verdictSentence() + " (in " + result.name() + " inside the evidence, "
                        + "results in " + result.results() + "/; the evidence itself: "
                        + summary.at("/verdict/sentence").asText() + ")");
            }
            if (code == ExitCode.COMPLETED && result.exitCode() == ExitCode.ALERTS) {
                code = ExitCode.ALERTS;
            }
        }
        summary.putObject("exit_code").put("name", code.name()).put("code", code.code());
        log(folder, nested, summary, code);
        try (AtomicFile target = AtomicFile.create(file);
             JsonGenerator out = Json.generator(target.stream(), pretty)) {
            Json.mapper().writeTree(out, summary);
            out.writeRaw('\n');
            out.close();
            target.commit();
        }
        return code;
    }

    /**
     * Removes the warnings about nested checks that an earlier amend wrote (a summary re-checked by {@code check-iocs}
     * keeps the saved warnings), so that they are not listed twice.
     */
    private static void dropNestedWarnings(ObjectNode warnings, ArrayNode items) {
        int dropped = 0;
        for (int i = items.size() - 1; i >= 0; i--) {
            if (WARNING_MODULE.equals(items.get(i).path("module").asText())) {
                items.remove(i);
                dropped++;
            }
        }
        if (dropped > 0) {
            warnings.put("count", Math.max(0, warnings.get("count").asLong() - dropped));
            warnings.put("kept", items.size());
        }
    }

    /** One line per nested check and the combined verdict, at the end of the main {@code command.log}. */
    private static void log(Path folder, List<NestedResult> nested, ObjectNode summary, ExitCode code)
            throws IOException {
        try (CommandLog log = CommandLog.append(folder.resolve(RunOutputs.COMMAND_LOG), Clock.systemUTC())) {
            for (NestedResult result : nested) {
                String line = "nested " + result.name() + " (" + result.kind() + ", results in " + result.results()
                        + "/): " + (result.checked() ? result.verdict() : "not checked") + ", exit code "
                        + result.exitCode().code() + ", " + result.warnings() + " warning(s): "
                        + result.verdictSentence();
                if (result.checked()) {
                    log.info(line);
                } else {
                    log.warning(line);
                }
            }
            log.info("verdict with the nested checks: " + summary.at("/verdict/code").asText() + ": "
                    + summary.at("/verdict/sentence").asText());
            log.info("finished with the nested checks: exit code " + code.code() + " (" + code + ")");
        }
    }

    private static Warning warning(NestedResult result) {
        if (!result.checked()) {
            return new Warning(WARNING_MODULE, result.name(), "not checked: " + result.verdictSentence());
        }
        if (result.warnings() > 0) {
            return new Warning(WARNING_MODULE, result.name(), String.format(Locale.ROOT, "%d warning(s) in its "
                    + "check; see %s/summary.json", result.warnings(), result.results()));
        }
        return null;
    }

    /** Severe verdicts rank above the others, which a nested check never changes. */
    private static int rank(String verdict) {
        if (Verdict.SIGNS_OF_COMPROMISE.name().equals(verdict)) {
            return 2;
        }
        return Verdict.SIGNS_OF_TARGETING.name().equals(verdict) ? 1 : 0;
    }
}
