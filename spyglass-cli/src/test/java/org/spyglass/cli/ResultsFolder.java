package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.spyglass.core.Level;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.run.ModuleRegistry;

/** What the command-line tests read back from a results folder, and the scratch folders a run may leave. */
final class ResultsFolder {
    private ResultsFolder() {
    }

    /** The names of the scratch folders now under {@code java.io.tmpdir}. */
    static Set<String> scratchFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("spyglass-"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * Asserts that no scratch folder made since {@code before} was left behind by this run. Other processes share the
     * temporary folder, so a new scratch folder counts as this run's only when a file in it holds exactly
     * {@code evidenceContent}, a copy of this run's evidence; folders that vanish meanwhile are passed over.
     */
    static void assertNoScratchLeftWith(Set<String> before, byte[] evidenceContent) throws IOException {
        Set<String> left = new TreeSet<>(scratchFolders());
        left.removeAll(before);
        for (String folder : left) {
            assertThat(copiesOf(Path.of(System.getProperty("java.io.tmpdir"), folder), evidenceContent))
                    .as("a scratch folder of this run was left behind: " + folder).isZero();
        }
    }

    private static long copiesOf(Path folder, byte[] content) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content);
                } catch (IOException gone) {
                    return false;
                }
            }).count();
        } catch (IOException | UncheckedIOException gone) {
            return 0;
        }
    }

    static JsonNode json(Path results, String file) throws IOException {
        return new ObjectMapper().readTree(results.resolve(file).toFile());
    }

    /**
     * {@code <module>.json} holds {@code records} records and {@code <module>_detected.json} alerts of these levels
     * (and is not written when there are none).
     */
    static void assertRecordsAndAlerts(Path results, String module, long records, List<Level> alerts)
            throws IOException {
        assertThat(json(results, module + ".json")).as(module + ".json").hasSize((int) records);
        if (alerts.isEmpty()) {
            assertThat(results.resolve(module + "_detected.json")).as(module + ": no alerts, no file").doesNotExist();
            return;
        }
        List<String> levels = new ArrayList<>();
        if (alerts.isEmpty() && !Files.exists(results.resolve(module + "_detected.json"))) {
            return;
        }
        json(results, module + "_detected.json").forEach(alert -> levels.add(alert.get("level").asText()));
        assertThat(levels).as(module + "_detected.json")
                .containsExactlyInAnyOrderElementsOf(alerts.stream().map(Level::name).toList());
    }

    /** Every saved record reads back into its module's record class and writes again to the same JSON. */
    static void assertRecordsReadBackExactly(Path results) throws IOException {
        ModuleRegistry registry = ModuleRegistry.load();
        int checked = 0;
        for (ArtifactModule<?> module : registry.modules()) {
            Path file = results.resolve(module.name() + ".json");
            if (!Files.exists(file)) {
                continue;
            }
            for (JsonNode saved : Json.mapper().readTree(file.toFile())) {
                Object record = Json.recordReader(module.recordType()).readValue(saved);
                assertThat(Json.mapper().writeValueAsString(record)).as(module.name())
                        .isEqualTo(Json.mapper().writeValueAsString(saved));
            }
            checked++;
        }
        assertThat(checked).isPositive();
    }
}
