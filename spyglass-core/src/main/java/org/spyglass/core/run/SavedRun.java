package org.spyglass.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.Warning;
import org.spyglass.core.output.InfoFile;
import org.spyglass.core.output.SummaryFile;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.time.Times;

/**
 * What a results folder says about the check that wrote it: its {@code summary.json} and {@code info.json}.
 *
 * @param folder       the results folder (real path)
 * @param summary      {@code summary.json}
 * @param info         {@code info.json}
 * @param modules      every module of the check, in its order, as it ended (alert counts left out)
 * @param warnings     the warnings kept in the summary
 * @param warningCount every warning of the check
 */
record SavedRun(Path folder, ObjectNode summary, ObjectNode info, List<ModuleResult> modules, List<Warning> warnings,
                long warningCount) {

    /** Reads a results folder; a folder without a readable {@code summary.json} is an input error. */
    static SavedRun read(Path folder) {
        ObjectNode summary = object(folder, SummaryFile.NAME);
        ObjectNode info = object(folder, InfoFile.NAME);
        try {
            List<ModuleResult> modules = new ArrayList<>();
            for (JsonNode module : summary.withArray("modules")) {
                modules.add(new ModuleResult(module.path("name").asText(),
                        ModuleResult.Status.valueOf(module.path("status").asText()), module.path("records").asLong(),
                        Map.of(), module.path("warnings").asLong(),
                        module.path("reason").isNull() ? null : module.path("reason").asText()));
            }
            List<Warning> warnings = new ArrayList<>();
            for (JsonNode warning : summary.path("warnings").path("items")) {
                warnings.add(new Warning(warning.path("module").asText(), warning.path("location").asText(),
                        warning.path("message").asText()));
            }
            return new SavedRun(folder, summary, info, modules, warnings,
                    summary.path("warnings").path("count").asLong(warnings.size()));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw notResults(folder, SummaryFile.NAME + " is not as Spyglass writes it (" + e.getMessage() + ")");
        }
    }

    String command() {
        return summary.path("command").asText();
    }

    Path evidence() {
        return Path.of(summary.path("evidence").path("path").asText());
    }

    SourceKind kind() {
        String kind = summary.path("evidence").path("kind").asText(null);
        return kind == null ? null : SourceKind.valueOf(kind);
    }

    Instant started() {
        return time("started");
    }

    Instant finished() {
        return time("finished");
    }

    boolean interrupted() {
        return summary.path("interrupted").asBoolean();
    }

    Map<String, String> device() {
        Map<String, String> device = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = summary.path("device").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            device.put(entry.getKey(), entry.getValue().asText());
        }
        return device;
    }

    private Instant time(String field) {
        try {
            Instant time = Times.parseMvt(summary.path(field).asText());
            if (time == null) {
                throw notResults(folder, SummaryFile.NAME + " has no " + field + " time");
            }
            return time;
        } catch (DateTimeParseException e) {
            throw notResults(folder, SummaryFile.NAME + " has an unreadable " + field + " time");
        }
    }

    private static ObjectNode object(Path folder, String name) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw notResults(folder, "it has no " + name);
        }
        try {
            JsonNode node = Json.mapper().readTree(file.toFile());
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw notResults(folder, name + " is not a JSON object");
        } catch (IOException e) {
            throw notResults(folder, name + " cannot be read (" + e.getMessage().lines().findFirst().orElse("")
                    + ")");
        }
    }

    private static SpyglassException notResults(Path folder, String why) {
        return SpyglassException.input(folder + " is not a Spyglass results folder that can be checked again: "
                + why + ".", null);
    }
}
