package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.ios.sample.SampleBackup;

class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void everyCheckWritesTheReportWithTheVerdictAndEachAlert() throws Exception {
        Path output = dir.resolve("results");

        CliRun.of("demo", "-o", output.toString());

        String html = Files.readString(output.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("data-verdict=\"SIGNS_OF_COMPROMISE\"")
                .contains("<h1>Signs of compromise: expert review needed</h1>")
                .contains(SampleBackup.PEGASUS_DOMAIN);
        assertThat(html.substring(html.indexOf("<section id=\"verdict\""), html.indexOf("</section>")))
                .doesNotContainIgnoringCase("clean");
        assertThat(html.split("<article class=\"alert ", -1)).hasSize(ResultsFolder.json(output, "alerts.json")
                .size() + 1);
        assertThat(output.resolve("report.html.part")).doesNotExist();
    }

    @Test
    void reportCommandRewritesTheReportOfSavedResultsToAGivenFile() throws Exception {
        Path output = dir.resolve("results");
        CliRun.of("demo", "-o", output.toString());
        Path page = dir.resolve("again.html");

        CliRun run = CliRun.of("report", output.toString(), "--output", page.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(run.out()).contains("Wrote " + page.toAbsolutePath());
        assertThat(Files.readString(page, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(output.resolve("report.html"), StandardCharsets.UTF_8));
        assertThat(Files.readString(output.resolve("command.log"), StandardCharsets.UTF_8))
                .doesNotContain("report.html reads timeline.csv instead");
    }

    @Test
    void reportCommandRefusesAFolderThatHoldsNoResults() {
        CliRun run = CliRun.of("report", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(run.err()).contains("summary.json not found in " + dir).doesNotContain("Exception");
    }
}
