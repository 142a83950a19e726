package org.spyglass.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.source.Source;
import org.spyglass.core.testing.TestIndicators;

class RecheckTest {
    @TempDir
    Path evidence;
    @TempDir
    Path results;
    @TempDir
    Path elsewhere;

    private final FakeModule<Visit> safari = Fixtures.visits("safari");

    private void check() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "1,odd.test,1709374530", "2,evil.example,1709374531");
        try (Source source = Fixtures.source(evidence)) {
            new RunEngine().run(Fixtures.request(evidence, results, Set.of(), 1), source, List.of(safari),
                    RunListener.NONE);
        }
    }

    private RunSummary recheck(Path output, Indicators indicators, List<? extends ArtifactModule<?>> modules) {
        return new Recheck().run(new RecheckRequest(results, output, indicators, false, List.of("check-iocs")),
                ModuleRegistry.of(modules), RunListener.NONE);
    }

    private static List<String> levels(Path folder) throws IOException {
        JsonNode alerts = Json.mapper().readTree(folder.resolve("alerts.json").toFile());
        return StreamSupport.stream(alerts.spliterator(), false)
                .map(a -> a.get("level").asText() + " " + a.get("message").asText()).toList();
    }

    @Test
    void theSameIndicatorsGiveTheSameAlertsByteForByte() throws IOException {
        check();
        byte[] alerts = Files.readAllBytes(results.resolve("alerts.json"));
        byte[] timeline = Files.readAllBytes(results.resolve("alerts_timeline.csv"));

        RunSummary summary = recheck(null, new FakeIndicators(), List.of(safari));

        assertThat(results.resolve("alerts.json")).hasBinaryContent(alerts);
        assertThat(results.resolve("alerts_timeline.csv")).hasBinaryContent(timeline);
        assertThat(summary.verdict()).isEqualTo(Verdict.SIGNS_OF_COMPROMISE);
    }

    @Test
    void withoutIndicatorsOnlyTheHeuristicAlertIsLeftAndTheVerdictFollows() throws IOException {
        check();

        RunSummary summary = recheck(null, TestIndicators.none(), List.of(safari));

        assertThat(levels(results)).containsExactly("MEDIUM Visit to test host odd.test");
        assertThat(summary.verdict()).isEqualTo(Verdict.NO_MATCH);
        assertThat(summary.exitCode()).isEqualTo(ExitCode.COMPLETED);
        JsonNode saved = Json.mapper().readTree(results.resolve("summary.json").toFile());
        assertThat(saved.get("verdict").get("code").asText()).isEqualTo("NO_MATCH");
        assertThat(saved.get("command").asText()).isEqualTo("ios check-backup");
        JsonNode info = Json.mapper().readTree(results.resolve("info.json").toFile());
        assertThat(info.get("ioc_files")).isEmpty();
        assertThat(info.get("rechecked").get("previous_ioc_files")).hasSize(1);
    }

    @Test
    void recordsThatCannotBeReadBackKeepTheSavedAlertsWithAWarning() throws IOException {
        check();
        Files.writeString(results.resolve("safari.json"), "[{\"number\":\"not a number\"}]", StandardCharsets.UTF_8);

        RunSummary summary = recheck(null, TestIndicators.none(), List.of(safari));

        assertThat(levels(results)).containsExactly("MEDIUM Visit to test host odd.test",
                "CRITICAL Visit to known spyware domain evil.example");
        assertThat(summary.warnings()).singleElement().satisfies(w ->
                assertThat(w.message()).contains("cannot be read back").contains("saved alerts are kept"));
        assertThat(summary.verdict()).isEqualTo(Verdict.SIGNS_OF_COMPROMISE);
    }

    @Test
    void aModuleThisVersionLacksKeepsItsSavedAlerts() throws IOException {
        check();

        RunSummary summary = recheck(null, TestIndicators.none(), List.of());

        assertThat(levels(results)).hasSize(2);
        assertThat(summary.warnings()).singleElement().satisfies(w ->
                assertThat(w.message()).contains("no module of that name"));
    }

    @Test
    void alertsGoneAreRemovedInPlaceAndAnotherOutputLeavesTheResultsUntouched() throws IOException {
        check();
        byte[] before = Files.readAllBytes(results.resolve("alerts.json"));

        recheck(elsewhere, TestIndicators.none(), List.of(safari));

        assertThat(results.resolve("alerts.json")).hasBinaryContent(before);
        assertThat(elsewhere.resolve("safari.json")).hasSameBinaryContentAs(results.resolve("safari.json"));
        assertThat(elsewhere.resolve("timeline.jsonl")).exists();
        assertThat(levels(elsewhere)).containsExactly("MEDIUM Visit to test host odd.test");

        Files.writeString(results.resolve("safari.json"),
                "[{\"number\":2,\"host\":\"evil.example\",\"visited_at\":\"2024-03-02 10:15:31.000000\"}]");
        recheck(null, TestIndicators.none(), List.of(safari));

        assertThat(results.resolve("safari_detected.json")).doesNotExist();
        assertThat(results.resolve("alerts.json")).doesNotExist();
        try (Stream<Path> files = Files.list(results)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".check-iocs"));
        }
    }

    @Test
    void aFolderWithoutSummaryIsAnInputError() {
        assertThatThrownBy(() -> recheck(null, TestIndicators.none(), List.of(safari)))
                .isInstanceOf(SpyglassException.class).hasMessageContaining("no summary.json")
                .satisfies(e -> assertThat(((SpyglassException) e).exitCode()).isEqualTo(ExitCode.INPUT_ERROR));
    }
}
