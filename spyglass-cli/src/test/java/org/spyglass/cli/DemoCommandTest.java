package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.ios.sample.SampleBackup;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheAlertsForThePlantedTracesAndExitsWithTheAlertsCode() throws Exception {
        Path output = dir.resolve("results");

        CliRun run = CliRun.of("demo", "-o", output.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(run.out())
                .contains(SampleBackup.PEGASUS_DOMAIN)
                .contains("\"bh\"", "\"roleaccountd\"")
                .contains("Apple's threat notification")
                .contains("Verdict: Signs of compromise")
                .contains("Pegasus")
                .doesNotContainIgnoringCase("clean");
        JsonNode alerts = new ObjectMapper().readTree(output.resolve("alerts.json").toFile());
        assertThat(alerts).hasSize(7);
        assertThat(alerts.findValuesAsText("message")).anyMatch(m -> m.startsWith("iOS 14.8 was outdated"));
        assertThat(alerts.findValuesAsText("level")).containsOnly("CRITICAL", "HIGH", "LOW");
        assertThat(output.resolve("timeline.csv")).exists();
        assertThat(output.resolve("summary.json")).exists();
    }

    @Test
    void removesTheSampleBackupAfterwards() throws Exception {
        Path output = dir.resolve("results");

        CliRun run = CliRun.of("demo", "-o", output.toString());

        String evidence = new ObjectMapper().readTree(output.resolve("info.json").toFile())
                .get("target_path").asText();
        assertThat(run.err()).contains("Wrote the synthetic sample backup");
        assertThat(Path.of(evidence)).doesNotExist();
        assertThat(Files.list(output)).noneMatch(p -> p.getFileName().toString().startsWith("spyglass-demo-"));
    }
}
