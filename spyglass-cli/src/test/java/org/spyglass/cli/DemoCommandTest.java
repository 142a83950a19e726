package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.ios.sample.SampleBackup;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void quietPrintsTheVerdictLineAloneAndTheResultsAreTheSame() throws Exception {
        CliRun run = CliRun.of("demo", "--quiet", "-o", dir.resolve("quiet").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(run.out().lines()).singleElement().asString().startsWith("Verdict: Signs of compromise");
        assertThat(run.err()).isEmpty();
        assertThat(dir.resolve("quiet").resolve("alerts.json")).exists();
    }

    @Test
    void aForcedTerminalShowsOneLiveProgressLineAndAColouredTable() throws Exception {
        CliRun run = CliRun.of("demo", "--terminal=always", "-o", dir.resolve("live").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(run.err()).contains("\r[").contains(" modules] ").contains("records/s")
                .doesNotContain("records, ");
        assertThat(run.out()).contains("\u001b[1;31m").containsPattern("Module +Records +CRITICAL");
    }

    @Test
    void printsTheAlertsForThePlantedTracesAndExitsWithTheAlertsCode() throws Exception {
        Path output = dir.resolve("results");

        CliRun run = CliRun.of("demo", "-o", output.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(run.out())
                .contains("Alerts: 5 CRITICAL, 3 HIGH, 3 MEDIUM, 1 LOW, 0 INFORMATIONAL")
                .contains("https://" + SampleBackup.PEGASUS_DOMAIN + "/")
                .contains(SampleBackup.INJECTION_URL)
                .contains("mailto:" + SampleBackup.ATTACKER_EMAIL)
                .contains("\"bh\"", "\"roleaccountd\"")
                .contains("95 seconds after IDStatusCache recorded a lookup")
                .contains("usage row 4 points to process 4, whose row was deleted")
                .contains("Apple's threat notification")
                .contains("Verdict: Signs of compromise: 5 severe alerts matched known spyware indicators "
                        + "(Pegasus), the first on 2021-03-18")
                .doesNotContainIgnoringCase("clean");
        assertThat(output.resolve("timeline.csv")).exists();
    }

    @Test
    void raisesExactlyOneAlertPerPlantedTraceAndNoOther() throws Exception {
        Path output = dir.resolve("results");

        CliRun.of("demo", "-o", output.toString());

        JsonNode alerts = new ObjectMapper().readTree(output.resolve("alerts.json").toFile());
        List<String> raised = new ArrayList<>();
        alerts.forEach(alert -> raised.add(alert.get("level").asText() + " " + alert.get("module").asText() + " "
                + (alert.get("heuristic").isNull() ? alert.get("matched_indicator").get("value").asText()
                : alert.get("heuristic").get("id").asText())));
        assertThat(raised).containsExactlyInAnyOrder(
                "CRITICAL sms " + SampleBackup.PEGASUS_DOMAIN,
                "CRITICAL safari_history " + SampleBackup.INJECTION_DOMAIN,
                "CRITICAL id_status_cache " + SampleBackup.ATTACKER_EMAIL,
                "CRITICAL datausage bh",
                "CRITICAL datausage roleaccountd",
                "HIGH sms ios.sms.apple-threat-notification",
                "HIGH lookup_process_correlation ios.correlation.lookup-then-process",
                "HIGH datausage ios.datausage.deleted-process",
                "MEDIUM safari_history ios.safari_history.network-injection",
                "MEDIUM crash_reporter ios.crash_reporter.submission-off",
                "MEDIUM backup_info ios.backup_info.outdated-ios",
                "LOW datausage ios.datausage.process-id-gap");
        assertThat(alerts.findValuesAsText("message"))
                .anyMatch(m -> m.startsWith("iOS 14.6 was outdated"))
                .anyMatch(m -> m.contains("http://example.com/ was redirected to " + SampleBackup.INJECTION_URL))
                .anyMatch(m -> m.contains("com.apple.CrashReporter.plist (ShouldSubmit = false)"));
    }

    @Test
    void noModuleFailsOrWarnsOnTheSample() throws Exception {
        Path output = dir.resolve("results");

        CliRun.of("demo", "-o", output.toString());

        JsonNode summary = new ObjectMapper().readTree(output.resolve("summary.json").toFile());
        assertThat(summary.get("verdict").get("code").asText()).isEqualTo("SIGNS_OF_COMPROMISE");
        assertThat(summary.get("alerts").get("total").asInt()).isEqualTo(12);
        assertThat(summary.get("warnings").get("count").asInt()).isZero();
        List<String> ran = new ArrayList<>();
        for (JsonNode module : summary.get("modules")) {
            assertThat(module.get("status").asText()).as(module.get("name").asText()).isIn("RAN", "ABSENT");
            assertThat(module.get("warnings").asInt()).as(module.get("name").asText()).isZero();
            if (module.get("status").asText().equals("RAN")) {
                ran.add(module.get("name").asText());
            }
        }
        assertThat(ran).contains("sms", "datausage", "safari_history", "id_status_cache",
                "lookup_process_correlation", "crash_reporter", "calls", "calendar", "tcc", "backup_info");
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
