package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.testing.AndroidBackupBuilder;
import org.spyglass.android.testing.AndroidqfBuilder;
import org.spyglass.core.ExitCode;
import org.spyglass.core.ioc.StixBundleBuilder;

/**
 * {@code check-iocs} on the results of an AndroidQF acquisition holding a {@code backup.ab}: the nested check's
 * results ({@code backup/}) are checked again with the new indicators, and the main verdict and exit code count them
 * as the check did. A domain only the nested backup holds is what the new indicators name.
 */
class CheckIocsNestedTest {
    private static final String NESTED_ONLY = "nested-only-c2.example";
    private static final String UNRELATED = "unrelated-case.example";

    @TempDir
    Path dir;

    private static String feed(String domain) {
        return new StixBundleBuilder().malware("malware--1", "NestedSpy")
                .indicator("indicator--1", "[domain-name:value = '" + domain + "']")
                .indicates("indicator--1", "malware--1").json();
    }

    private Path feedFile(String name, String domain) throws IOException {
        return Files.writeString(dir.resolve(name), feed(domain), StandardCharsets.UTF_8);
    }

    private Path acquisition() throws IOException {
        Path parts = Files.createDirectories(dir.resolve("parts"));
        byte[] backup = Files.readAllBytes(AndroidBackupBuilder.in(parts).sms(List.of(AndroidBackupBuilder.sms(
                "+15550142", "Your parcel: https://" + NESTED_ONLY + "/track",
                Instant.parse("2023-03-20T08:00:00Z").toEpochMilli(), 0, 1)))
                .writeAb("backup.ab", AndroidBackupBuilder.Variant.COMPRESSED));
        return AndroidqfBuilder.create().getprop("persist.sys.timezone", "Europe/Berlin").binary("backup.ab", backup)
                .writeFolder(dir.resolve("evidence"));
    }

    /** Checks the acquisition with the unrelated indicator only, so that nothing matches. */
    private Path savedCleanCheck() throws IOException {
        Path saved = dir.resolve("saved");
        CliRun check = CliRun.of("android", "check-androidqf", acquisition().toString(), "--no-default-iocs",
                "--iocs", feedFile("unrelated.stix2", UNRELATED).toString(), "-o", saved.toString());
        assertThat(check.exitCode()).as(check.err()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(ResultsFolder.json(saved, "summary.json").at("/nested/0/verdict").asText()).isEqualTo("NO_MATCH");
        return saved;
    }

    @Test
    void newIndicatorsMatchingOnlyTheNestedBackupSetTheMainVerdictAndExitCode() throws IOException {
        Path saved = savedCleanCheck();

        CliRun again = CliRun.of("check-iocs", saved.toString(), "--no-default-iocs", "--iocs",
                feedFile("nested.stix2", NESTED_ONLY).toString());

        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(again.err()).contains("Checking the results of backup.ab (backup/) again")
                .contains("With the nested checks (backup.ab): exit code 1 (ALERTS)");
        assertThat(Files.readString(saved.resolve("backup/android_sms_detected.json"), StandardCharsets.UTF_8))
                .contains(NESTED_ONLY);
        JsonNode nested = ResultsFolder.json(saved.resolve("backup"), "summary.json");
        assertThat(nested.at("/verdict/code").asText()).isEqualTo("SIGNS_OF_COMPROMISE");
        JsonNode summary = ResultsFolder.json(saved, "summary.json");
        assertThat(summary.get("nested")).hasSize(1);
        assertThat(summary.at("/nested/0/verdict").asText()).isEqualTo("SIGNS_OF_COMPROMISE");
        assertThat(summary.at("/nested/0/exit_code/name").asText()).isEqualTo("ALERTS");
        assertThat(summary.at("/verdict/code").asText()).isEqualTo("SIGNS_OF_COMPROMISE");
        assertThat(summary.at("/verdict/sentence").asText()).contains("in backup.ab inside the evidence");
        assertThat(summary.at("/exit_code/code").asInt()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(Files.readString(saved.resolve("report.html"), StandardCharsets.UTF_8))
                .contains("in backup.ab inside the evidence");
        assertThat(Files.readString(saved.resolve("backup/report.html"), StandardCharsets.UTF_8))
                .contains(NESTED_ONLY);
        assertThat(Files.readString(saved.resolve("command.log"), StandardCharsets.UTF_8))
                .contains("nested backup.ab (ANDROID_BACKUP, results in backup/): SIGNS_OF_COMPROMISE")
                .contains("finished with the nested checks: exit code 1 (ALERTS)");
    }

    @Test
    void checkedAgainWithoutTheIndicatorTheVerdictComesBackAndNothingIsListedTwice() throws IOException {
        Path saved = savedCleanCheck();
        CliRun.of("check-iocs", saved.toString(), "--no-default-iocs", "--iocs",
                feedFile("nested.stix2", NESTED_ONLY).toString());

        CliRun again = CliRun.of("check-iocs", saved.toString(), "--no-default-iocs", "--iocs",
                dir.resolve("unrelated.stix2").toString());

        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.COMPLETED.code());
        JsonNode summary = ResultsFolder.json(saved, "summary.json");
        assertThat(summary.get("nested")).hasSize(1);
        assertThat(summary.at("/nested/0/verdict").asText()).isEqualTo("NO_MATCH");
        assertThat(summary.at("/verdict/code").asText()).isNotEqualTo("SIGNS_OF_COMPROMISE");
        assertThat(saved.resolve("backup/android_sms_detected.json")).doesNotExist();
    }

    @Test
    void withAnOutputFolderTheNestedResultsAreWrittenThereAndTheSavedOnesLeftAlone() throws IOException {
        Path saved = savedCleanCheck();
        var before = EvidenceSnapshot.of(saved);
        Path output = dir.resolve("rechecked");

        CliRun again = CliRun.of("check-iocs", saved.toString(), "--no-default-iocs", "--iocs",
                feedFile("nested.stix2", NESTED_ONLY).toString(), "-o", output.toString());

        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(EvidenceSnapshot.of(saved)).isEqualTo(before);
        assertThat(output.resolve("backup/android_sms.json")).exists();
        assertThat(output.resolve("backup/android_sms_detected.json")).exists();
        assertThat(ResultsFolder.json(output, "summary.json").at("/nested/0/verdict").asText())
                .isEqualTo("SIGNS_OF_COMPROMISE");
    }

    @Test
    void nestedResultsThatAreGoneAreAWarningNotASilentCleanVerdict() throws IOException {
        Path saved = savedCleanCheck();
        deleteTree(saved.resolve("backup"));

        CliRun again = CliRun.of("check-iocs", saved.toString(), "--no-default-iocs", "--iocs",
                feedFile("nested.stix2", NESTED_ONLY).toString());

        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(again.err()).contains("warning: backup.ab inside the evidence: its results could not be checked "
                + "again").doesNotContain("\tat ");
        JsonNode summary = ResultsFolder.json(saved, "summary.json");
        assertThat(summary.at("/nested/0/verdict").isNull()).isTrue();
        assertThat(summary.at("/nested/0/exit_code/name").asText()).isEqualTo("INPUT_ERROR");
        assertThat(summary.at("/warnings/items")).filteredOn(w -> w.path("module").asText().equals("nested"))
                .singleElement().satisfies(w -> assertThat(w.path("message").asText())
                        .contains("could not be checked again"));
    }

    @Test
    void aSummaryPointingOutsideTheResultsIsNotFollowed() throws IOException {
        Path saved = savedCleanCheck();
        Path outside = dir.resolve("outside");
        Files.move(saved.resolve("backup"), outside);
        var before = EvidenceSnapshot.of(outside);
        Path summaryFile = saved.resolve("summary.json");
        Files.writeString(summaryFile, Files.readString(summaryFile, StandardCharsets.UTF_8)
                .replace("\"results\":\"backup\"", "\"results\":\"../outside\""), StandardCharsets.UTF_8);

        CliRun again = CliRun.of("check-iocs", saved.toString(), "--no-default-iocs", "--iocs",
                feedFile("nested.stix2", NESTED_ONLY).toString());

        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(again.err()).contains("\"../outside\", which is not a sub-folder of the results");
        assertThat(EvidenceSnapshot.of(outside)).isEqualTo(before);
        assertThat(ResultsFolder.json(saved, "summary.json").at("/nested/0/exit_code/name").asText())
                .isEqualTo("INPUT_ERROR");
    }

    @Test
    void aNestedFileThatCouldNotBeCheckedStaysSoWithOneWarning() throws IOException {
        Files.createDirectories(dir.resolve("parts"));
        Path evidence = AndroidqfBuilder.create().getprop("persist.sys.timezone", "Europe/Berlin")
                .binary("backup.ab", Files.readAllBytes(AndroidBackupBuilder.in(dir.resolve("parts"))
                        .sms(List.of()).writeEncryptedAb("backup.ab", "secret")))
                .writeFolder(dir.resolve("evidence"));
        Path saved = dir.resolve("saved");
        CliRun.of("android", "check-androidqf", evidence.toString(), "--no-default-iocs", "--iocs",
                feedFile("unrelated.stix2", UNRELATED).toString(), "-o", saved.toString());
        long warningsBefore = ResultsFolder.json(saved, "summary.json").at("/warnings/count").asLong();

        CliRun again = CliRun.of("check-iocs", saved.toString(), "--no-default-iocs", "--iocs",
                feedFile("nested.stix2", NESTED_ONLY).toString());

        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.COMPLETED.code());
        JsonNode summary = ResultsFolder.json(saved, "summary.json");
        assertThat(summary.at("/nested/0/verdict").isNull()).isTrue();
        assertThat(summary.at("/nested/0/verdict_sentence").asText()).contains("encrypted");
        assertThat(summary.at("/warnings/items")).filteredOn(w -> w.path("module").asText().equals("nested"))
                .hasSize(1);
        assertThat(summary.at("/warnings/count").asLong()).isEqualTo(warningsBefore);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
