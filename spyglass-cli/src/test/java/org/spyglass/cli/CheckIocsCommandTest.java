package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.core.json.Json;
import org.spyglass.core.testing.ExportValidation;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * {@code spyglass check-iocs}: results checked with indicators A, then checked again with A and the bundled feeds,
 * hold exactly the alerts a fresh check with A and the bundled feeds finds, on an iOS backup and an AndroidQF
 * acquisition; in place, the alerts become those of the new indicators and the records are left alone. Every saved
 * record reads back into its record class and writes again to the same JSON.
 */
class CheckIocsCommandTest {
    /** Indicators A: one domain of the planted SMS, from a feed of its own. */
    private static final String FEED_A = """
            {"type": "bundle", "id": "bundle--1", "objects": [
              {"type": "malware", "id": "malware--1", "name": "CaseSpy", "is_family": false},
              {"type": "indicator", "id": "indicator--1", "pattern_type": "stix",
               "pattern": "[domain-name:value = 'accountcanceled.com']"},
              {"type": "relationship", "id": "relationship--1", "relationship_type": "indicates",
               "source_ref": "indicator--1", "target_ref": "malware--1"}]}
            """;
    /** The files a re-check rewrites that must equal a fresh check's byte for byte. */
    private static final Set<String> SAME_BYTES = Set.of("alerts.json", "alerts_timeline.csv", "processes.json");

    @TempDir
    Path dir;

    private Path feedA() throws IOException {
        Path feed = dir.resolve("a.stix2");
        Files.writeString(feed, FEED_A, StandardCharsets.UTF_8);
        return feed;
    }

    private void assertRecheckEqualsFreshCheck(String... check) throws IOException {
        Path feed = feedA();
        Path saved = dir.resolve("saved");
        Path fresh = dir.resolve("fresh");
        Path rechecked = dir.resolve("rechecked");
        CliRun first = CliRun.of(concat(check, "--no-default-iocs", "--iocs", feed.toString(), "-o", saved.toString()));
        assertThat(first.exitCode()).as(first.err()).isIn(0, 1);
        CliRun full = CliRun.of(concat(check, "--iocs", feed.toString(), "-o", fresh.toString()));
        assertThat(full.exitCode()).as(full.err()).isEqualTo(ExitCode.ALERTS.code());

        CliRun again = CliRun.of("check-iocs", saved.toString(), "--iocs", feed.toString(), "-o",
                rechecked.toString());

        assertThat(again.exitCode()).as(again.err()).isEqualTo(full.exitCode());
        assertThat(detectedFiles(rechecked)).isEqualTo(detectedFiles(fresh)).isNotEmpty();
        for (String name : detectedFiles(fresh).keySet()) {
            assertThat(rechecked.resolve(name)).as(name).hasSameBinaryContentAs(fresh.resolve(name));
        }
        for (String name : SAME_BYTES) {
            if (Files.exists(fresh.resolve(name))) {
                assertThat(rechecked.resolve(name)).as(name).hasSameBinaryContentAs(fresh.resolve(name));
            }
        }
        JsonNode summary = json(rechecked, "summary.json");
        JsonNode freshSummary = json(fresh, "summary.json");
        assertThat(summary.get("verdict")).isEqualTo(freshSummary.get("verdict"));
        assertThat(summary.get("alerts")).isEqualTo(freshSummary.get("alerts"));
        assertThat(summary.get("modules")).isEqualTo(freshSummary.get("modules"));
        assertThat(summary.get("indicators").get("count")).isEqualTo(freshSummary.get("indicators").get("count"));
        assertThat(json(rechecked, "info.json").get("ioc_files")).isEqualTo(json(fresh, "info.json").get("ioc_files"));
        assertThat(json(rechecked, "info.json").get("rechecked").get("previous_ioc_files"))
                .isEqualTo(json(saved, "info.json").get("ioc_files"));
        assertThat(ExportValidation.stixErrors(json(rechecked, "alerts.stix2.json"))).isEmpty();
        assertThat(ExportValidation.mispErrors(json(rechecked, "alerts.misp.json").get("Event"))).isEmpty();
        if (Files.exists(saved.resolve("timeline.csv"))) {
            assertThat(rechecked.resolve("timeline.csv")).hasSameBinaryContentAs(saved.resolve("timeline.csv"));
        }
        ResultsFolder.assertRecordsReadBackExactly(saved);
        assertThat(articles(rechecked)).isEqualTo(articles(fresh)).isEqualTo(summary.get("alerts").get("total").asInt());
    }

    /** The alerts the report explains: one {@code <article>} each. */
    private static int articles(Path results) throws IOException {
        String page = Files.readString(results.resolve("report.html"), StandardCharsets.UTF_8);
        return page.split("<article class=\"alert ", -1).length - 1;
    }

    @Test
    void recheckingAnIosBackupFindsWhatAFreshCheckFinds() throws IOException {
        Path evidence = WholeBackupTest.withEveryArtifact(BackupBuilder.in(dir.resolve("evidence"))).build();

        assertRecheckEqualsFreshCheck("ios", "check-backup", evidence.toString());
    }

    @Test
    void recheckingAnAndroidqfAcquisitionFindsWhatAFreshCheckFinds() throws IOException {
        Path zip = CheckAndroidqfCommandTest.acquisition().writeZip(dir.resolve("evidence"));

        assertRecheckEqualsFreshCheck("android", "check-androidqf", zip.toString());
    }

    @Test
    void inPlaceTheAlertsBecomeThoseOfTheNewIndicatorsAndTheRecordsStayAsTheyWere() throws IOException {
        Path zip = CheckAndroidqfCommandTest.acquisition().writeZip(dir.resolve("evidence"));
        Path results = dir.resolve("results");
        Path onlyA = dir.resolve("only-a");
        CliRun first = CliRun.of("android", "check-androidqf", zip.toString(), "-o", results.toString());
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCode.ALERTS.code());
        CliRun fresh = CliRun.of("android", "check-androidqf", zip.toString(), "--no-default-iocs", "--iocs",
                feedA().toString(), "-o", onlyA.toString());
        Map<String, byte[]> records = new TreeMap<>();
        for (String name : List.of("aqf_packages.json", "aqf_get_prop.json", "aqf_processes.json", "info.json")) {
            records.put(name, Files.readAllBytes(results.resolve(name)));
        }
        records.remove("info.json");

        CliRun again = CliRun.of("check-iocs", results.toString(), "--no-default-iocs", "--iocs", feedA().toString());

        assertThat(again.exitCode()).as(again.err()).isEqualTo(fresh.exitCode());
        assertThat(detectedFiles(results)).isEqualTo(detectedFiles(onlyA));
        assertThat(results.resolve("alerts.json")).hasSameBinaryContentAs(onlyA.resolve("alerts.json"));
        assertThat(results.resolve("aqf_processes_detected.json")).doesNotExist();
        records.forEach((name, bytes) -> assertThat(results.resolve(name)).as(name).hasBinaryContent(bytes));
        assertThat(Files.readString(results.resolve("command.log"))).contains("check-iocs started")
                .contains("android check-androidqf started")
                .containsPattern("INFO - indicators: (parsed; the compiled set was written to|read from) the cache "
                        + "\\S*indicator-cache/");
        try (Stream<Path> files = Files.list(results)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".check-iocs"));
        }
        assertThat(json(results, "summary.json").get("verdict")).isEqualTo(json(onlyA, "summary.json").get("verdict"));
    }

    @Test
    void aFolderWithoutSummaryIsAnInputError() throws IOException {
        Files.createDirectories(dir.resolve("empty"));

        CliRun run = CliRun.of("check-iocs", dir.resolve("empty").toString(), "--no-default-iocs");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(run.err()).contains("is not a Spyglass results folder").contains("summary.json");
    }

    private static Map<String, Long> detectedFiles(Path folder) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith("_detected.json")).toList()) {
                files.put(file.getFileName().toString(), (long) Json.mapper().readTree(file.toFile()).size());
            }
        }
        return files;
    }

    private static JsonNode json(Path folder, String name) throws IOException {
        return Json.mapper().readTree(folder.resolve(name).toFile());
    }

    private static String[] concat(String[] first, String... rest) {
        return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
    }
}
