package org.spyglass.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.core.Level;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.json.Json;
import org.spyglass.core.testing.ExportValidation;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.module.Warning;
import org.spyglass.core.run.ModuleResult.Status;
import org.spyglass.core.source.Source;
import org.spyglass.core.testing.TestFolderSource;

class RunEngineTest {
    private final List<Source> opened = new ArrayList<>();

    private Source open(Path evidence) {
        try {
            Source source = Fixtures.source(evidence);
            opened.add(source);
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void closeSources() throws IOException {
        for (Source source : opened) {
            source.close();
        }
    }

    @TempDir
    Path evidence;
    @TempDir
    Path results;
    private RunSummary run(List<? extends ArtifactModule<?>> modules) {
        return run(modules, Set.of(), 1);
    }

    private RunSummary run(List<? extends ArtifactModule<?>> modules, Set<String> selected, int threads) {
        return new RunEngine().run(Fixtures.request(evidence, results, selected, threads),
                open(evidence), modules, RunListener.NONE);
    }

    private JsonNode json(String file) throws IOException {
        return Json.mapper().readTree(results.resolve(file).toFile());
    }

    @Test
    void writesEachRecordWithSnakeCaseNamesAndMvtTimes() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "1,good.example,1709374530", "2,evil.example,1709374531");

        RunSummary summary = run(List.of(Fixtures.visits("safari")));

        JsonNode records = json("safari.json");
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get("visited_at").asText()).isEqualTo("2024-03-02 10:15:31.000000");
        assertThat(records.get(1).get("host").asText()).isEqualTo("evil.example");
        assertThat(records.get(1).has("visitedAt")).isFalse();
        assertThat(summary.module("safari").status()).isEqualTo(Status.RAN);
        assertThat(summary.module("safari").records()).isEqualTo(2);
    }

    @Test
    void addsTheWarningsOfOpeningTheEvidenceToTheRunsWarnings() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "2,evil.example,1709374531");
        Source plain = open(evidence);
        Warning refused = new Warning(Source.WARNING_MODULE, "case.tar.gz", "1 member was not extracted");
        Source source = (Source) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Source.class},
                (proxy, method, args) -> method.getName().equals("warnings") ? List.of(refused)
                        : method.invoke(plain, args));

        RunSummary summary = new RunEngine().run(Fixtures.request(evidence, results, Set.of(), 1), source,
                List.of(Fixtures.visits("safari")), RunListener.NONE);

        assertThat(summary.warnings()).containsExactly(refused);
        assertThat(Files.readString(results.resolve("command.log")))
                .contains("case.tar.gz: 1 member was not extracted");
    }

    @Test
    void writesAlertsInMvtShapeWithProvenance() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "2,evil.example,1709374531");

        run(List.of(Fixtures.visits("safari")));

        JsonNode alert = json("alerts.json").get(0);
        assertThat(alert.get("level").asText()).isEqualTo("CRITICAL");
        assertThat(alert.get("module").asText()).isEqualTo("safari");
        assertThat(alert.get("event_time").asText()).isEqualTo("2024-03-02 10:15:31.000000");
        assertThat(alert.get("event").get("host").asText()).isEqualTo("evil.example");
        JsonNode matched = alert.get("matched_indicator");
        assertThat(matched.get("value").asText()).isEqualTo("evil.example");
        assertThat(matched.get("type").asText()).isEqualTo("domains");
        assertThat(matched.get("name").asText()).isEqualTo("TestMalware");
        assertThat(matched.get("stix2_file_name").asText()).isEqualTo("test.stix2");
        assertThat(matched.get("indicator_id").asText()).isEqualTo("indicator--1");
        assertThat(matched.get("how").asText()).isEqualTo("exact domain");
        assertThat(matched.get("provenance")).hasSize(1);
        assertThat(alert.get("heuristic").isNull()).isTrue();
        assertThat(alert.get("matched_indicators")).hasSize(1);
        assertThat(json("safari_detected.json")).isEqualTo(json("alerts.json"));
    }

    @Test
    void writesNoModuleFileForAModuleWithoutRecords() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "not a visit");

        RunSummary summary = run(List.of(Fixtures.visits("safari")));

        assertThat(results.resolve("safari.json")).doesNotExist();
        assertThat(results.resolve("alerts.json")).doesNotExist();
        assertThat(results.resolve("timeline.csv")).doesNotExist();
        assertThat(results.resolve("alerts_timeline.csv")).hasContent("\"Event Time\",\"Module\",\"Message\",\"Event\"");
        assertThat(summary.warningCount()).isEqualTo(1);
        assertThat(summary.warnings().get(0).location()).isEqualTo("/visits/safari/log.txt");
    }

    @Test
    void isolatesAModuleThatThrowsMidwayAndKeepsWhatItEmitted() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "1,good.example,1709374530");
        FakeModule<Visit> broken = new FakeModule<>("broken", Visit.class, List.of(), context -> {
            for (int i = 0; i < 3; i++) {
                context.emit(new Visit(i, "host" + i + ".example", Fixtures.BASE));
            }
            throw new IllegalStateException("unexpected table layout\nsecond line");
        });

        RunSummary summary = run(List.of(broken, Fixtures.visits("safari")));

        ModuleResult failed = summary.module("broken");
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.records()).isEqualTo(3);
        assertThat(failed.reason()).isEqualTo(
                "IllegalStateException: unexpected table layout (in the parser, after 3 record(s))");
        assertThat(json("broken.json")).hasSize(3);
        assertThat(summary.module("safari").status()).isEqualTo(Status.RAN);
        assertThat(json("safari.json")).hasSize(1);
        assertThat(Files.readString(results.resolve("command.log"))).contains("module broken: failed");
    }

    @Test
    void marksAModuleFailedWhenItsCheckerThrowsEvenIfTheParserSwallowsIt() throws IOException {
        FakeModule<Visit> module = new FakeModule<Visit>("swallow", Visit.class, List.of(), context -> {
            for (int i = 0; i < 5; i++) {
                try {
                    context.emit(new Visit(i, "h.example", Fixtures.BASE));
                } catch (RuntimeException ignored) {
                    context.warn("row " + i, "skipped");
                }
            }
        }).checker((visit, context) -> {
            if (visit.number() == 1) {
                throw new IllegalArgumentException("bad value");
            }
        });

        RunSummary summary = run(List.of(module));

        ModuleResult result = summary.module("swallow");
        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.reason()).startsWith("IllegalArgumentException: bad value (in the checker");
        assertThat(json("swallow.json")).hasSize(2);
    }

    @Test
    void isolatesStackOverflowAndLinkageErrors() {
        FakeModule<Visit> deep = new FakeModule<>("deep", Visit.class, List.of(), context -> recurse(1));
        FakeModule<Visit> linkage = new FakeModule<>("linkage", Visit.class, List.of(), context -> {
            throw new NoClassDefFoundError("com/example/Missing");
        });
        FakeModule<Visit> fine = new FakeModule<>("fine", Visit.class, List.of(),
                context -> context.emit(new Visit(1, "a.example", null)));

        RunSummary summary = run(List.of(deep, linkage, fine), Set.of(), 2);

        assertThat(summary.module("deep").status()).isEqualTo(Status.FAILED);
        assertThat(summary.module("deep").reason()).startsWith("StackOverflowError");
        assertThat(summary.module("linkage").reason()).startsWith("NoClassDefFoundError: com/example/Missing");
        assertThat(summary.module("fine").status()).isEqualTo(Status.RAN);
        assertThat(summary.verdict()).isEqualTo(Verdict.NO_MATCH);
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Test
    void reportsModulesWithoutFilesAsAbsentWithoutRunningThem() {
        FakeModule<Visit> absent = new FakeModule<>("sms", Visit.class,
                List.of("/private/var/mobile/Library/SMS/sms.db"), context -> {
                    throw new AssertionError("must not run");
                });

        RunSummary summary = run(List.of(absent));

        assertThat(summary.module("sms").status()).isEqualTo(Status.ABSENT);
        assertThat(summary.module("sms").reason()).contains("/private/var/mobile/Library/SMS/sms.db");
        assertThat(summary.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(summary.verdictSentence()).contains("nothing was checked");
    }

    @Test
    void reportsAModuleWhoseFilesHoldNothingItReadsAsAbsentWithTheParsersReason() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "1,a.example,1709374530");
        FakeModule<Visit> empty = new FakeModule<>("safari", Visit.class, List.of("/visits/safari/log.txt"),
                context -> context.absent("/visits/safari/log.txt", "the log has no visits table"));

        RunSummary summary = run(List.of(empty));

        assertThat(summary.module("safari").status()).isEqualTo(Status.ABSENT);
        assertThat(summary.module("safari").reason()).isEqualTo("/visits/safari/log.txt: the log has no visits table");
        assertThat(summary.warningCount()).isZero();
    }

    @Test
    void runsOnlySelectedModulesAndReportsTheOthersSkipped() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "1,good.example,1709374530");
        Fixtures.writeVisits(evidence, "chrome", "1,good.example,1709374530");

        RunSummary summary = run(List.of(Fixtures.visits("chrome"), Fixtures.visits("safari")), Set.of("safari"), 1);

        assertThat(summary.module("chrome").status()).isEqualTo(Status.SKIPPED);
        assertThat(summary.module("safari").status()).isEqualTo(Status.RAN);
        assertThat(results.resolve("chrome.json")).doesNotExist();
    }

    @Test
    void refusesAnUnknownModuleNameListingTheValidOnes() {
        assertThatThrownBy(() -> run(List.of(Fixtures.visits("chrome"), Fixtures.visits("safari")),
                Set.of("safary"), 1))
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("safary")
                .hasMessageContaining("chrome, safari");
        assertThat(results).isEmptyDirectory();
    }

    @Test
    void sortsAndDeduplicatesTheTimelineAcrossSpills() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "3,c.example,1709374533", "1,a.example,1709374531",
                "1,a.example,1709374531", "2,b.example,1709374532");
        Fixtures.writeVisits(evidence, "chrome", "9,z.example,1709374530", "1,a.example,1709374531");
        RunEngine engine = new RunEngine(Clock.systemUTC(), 2);

        engine.run(Fixtures.request(evidence, results, Set.of(), 2), open(evidence),
                List.of(Fixtures.visits("chrome"), Fixtures.visits("safari")), RunListener.NONE);

        assertThat(Files.readAllLines(results.resolve("timeline.csv"), StandardCharsets.UTF_8)).containsExactly(
                "\"UTC Timestamp\",\"Plugin\",\"Event\",\"Description\"",
                "\"2024-03-02 10:15:30.000000\",\"chrome\",\"visit\",\"Visited z.example\"",
                "\"2024-03-02 10:15:31.000000\",\"chrome\",\"visit\",\"Visited a.example\"",
                "\"2024-03-02 10:15:31.000000\",\"safari\",\"visit\",\"Visited a.example\"",
                "\"2024-03-02 10:15:32.000000\",\"safari\",\"visit\",\"Visited b.example\"",
                "\"2024-03-02 10:15:33.000000\",\"safari\",\"visit\",\"Visited c.example\"");
    }

    @Test
    void writesTimesketchLinesInEmissionOrderWithEachRecordsFields() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "3,c.example,1709374533", "1,a.example,1709374531",
                "1,a.example,1709374531", "5,a.example,1709374531");
        RunEngine engine = new RunEngine(Clock.systemUTC(), 2);

        engine.run(Fixtures.request(evidence, results, Set.of(), 1), open(evidence),
                List.of(Fixtures.visits("safari")), RunListener.NONE);

        assertThat(Files.readAllLines(results.resolve("timeline.csv"), StandardCharsets.UTF_8)).hasSize(3);
        List<String> lines = Files.readAllLines(results.resolve("timeline.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(2)).isEqualTo(lines.get(1));
        JsonNode second = Json.mapper().readTree(lines.get(1));
        assertThat(second.get("message").asText()).isEqualTo("Visited a.example");
        assertThat(second.get("datetime").asText()).isEqualTo("2024-03-02T10:15:31.000000+00:00");
        assertThat(java.time.OffsetDateTime.parse(second.get("datetime").asText()).toInstant())
                .isEqualTo(Instant.ofEpochSecond(1709374531));
        assertThat(second.get("timestamp").asLong()).isEqualTo(1_709_374_531_000_000L);
        assertThat(second.get("timestamp_desc").asText()).isEqualTo("visit");
        assertThat(second.get("module").asText()).isEqualTo("safari");
        assertThat(second.get("number").asInt()).isEqualTo(1);
        assertThat(second.get("visited_at").asText()).isEqualTo("2024-03-02 10:15:31.000000");
        assertThat(Json.mapper().readTree(lines.get(0)).get("host").asText()).isEqualTo("c.example");
        assertThat(Json.mapper().readTree(lines.get(3)).get("number").asInt()).isEqualTo(5);
    }

    @Test
    void joinsTimesketchLinesInModuleOrder() throws IOException {
        Fixtures.writeVisits(evidence, "chrome", "1,z.example,1709374539");
        Fixtures.writeVisits(evidence, "safari", "2,a.example,1709374531");
        RunEngine engine = new RunEngine(Clock.systemUTC(), 2);

        engine.run(Fixtures.request(evidence, results, Set.of(), 2), open(evidence),
                List.of(Fixtures.visits("chrome"), Fixtures.visits("safari")), RunListener.NONE);

        assertThat(Files.readAllLines(results.resolve("timeline.jsonl"), StandardCharsets.UTF_8))
                .extracting(line -> Json.mapper().readTree(line).get("module").asText())
                .containsExactly("chrome", "safari");
    }

    @Test
    void writesItsAlertsAsAStixBundleAndAMispEvent() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "1,odd.test,1709374530", "2,evil.example,1709374531");

        run(List.of(Fixtures.visits("safari")));

        JsonNode bundle = json("alerts.stix2.json");
        assertThat(ExportValidation.stixErrors(bundle)).isEmpty();
        assertThat(bundle.get("objects")).extracting(o -> o.get("type").asText())
                .contains("sighting", "indicator", "note", "observed-data", "domain-name");
        JsonNode event = json("alerts.misp.json").get("Event");
        assertThat(ExportValidation.mispErrors(event)).isEmpty();
        assertThat(event.get("Attribute")).extracting(a -> a.get("value").asText())
                .containsExactly("Visit to test host odd.test", "evil.example");
    }

    @Test
    void putsOnlyTimedAlertsOnTheAlertsTimeline() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "1,odd.test,1709374530", "2,evil.example,1709374531");

        RunSummary summary = run(List.of(Fixtures.visits("safari")));

        assertThat(summary.alerts().total()).isEqualTo(2);
        List<String> lines = Files.readAllLines(results.resolve("alerts_timeline.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("\"2024-03-02 10:15:31.000000\",\"safari\","
                + "\"Visit to known spyware domain evil.example\",\"{\"\"number\"\":2,\"\"host\"\":\"\"evil.example\"\"");
        JsonNode heuristic = json("alerts.json").get(0);
        assertThat(heuristic.get("event_time").asText()).isEmpty();
        assertThat(heuristic.get("heuristic").get("id").asText()).isEqualTo("test.odd-host");
        assertThat(heuristic.get("matched_indicator").isNull()).isTrue();
    }

    @Test
    void writesInfoWithEvidenceAndIndicatorHashes() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "1,good.example,1709374530");
        TestFolderSource.write(evidence, "/other/unread.txt", "never read");

        run(List.of(Fixtures.visits("safari")));

        JsonNode info = json("info.json");
        assertThat(info.get("target_path").asText()).isEqualTo(evidence.toAbsolutePath().toString());
        assertThat(info.get("command").asText()).isEqualTo("ios check-backup");
        assertThat(info.get("schema_version").asInt()).isEqualTo(1);
        assertThat(info.get("spyglass_version").asText()).isNotBlank().doesNotContain("${");
        assertThat(info.get("date").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
        assertThat(info.get("ioc_files").get(0).get("sha256").asText()).isEqualTo("ab".repeat(32));
        assertThat(info.get("ioc_files").get(0).get("count").asInt()).isEqualTo(1);
        JsonNode hashes = info.get("hashes");
        assertThat(hashes).hasSize(1);
        assertThat(hashes.get(0).get("file_path").asText()).endsWith("log.txt");
        assertThat(hashes.get(0).get("sha256").asText())
                .isEqualTo(sha256("1,good.example,1709374530\n"));
    }

    @Test
    void hashesEveryEvidenceFileWhenAskedTo() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "1,good.example,1709374530");
        TestFolderSource.write(evidence, "/other/unread.txt", "never read");
        RunRequest request = new RunRequest("ios check-backup", List.of("--hashes"), evidence, results,
                new FakeIndicators(), Set.of(), true, true, false, 1);

        new RunEngine().run(request, open(evidence), List.of(Fixtures.visits("safari")),
                RunListener.NONE);

        List<String> paths = new ArrayList<>();
        json("info.json").get("hashes").forEach(h -> paths.add(h.get("file_path").asText()));
        assertThat(paths).hasSize(2).anyMatch(p -> p.endsWith("unread.txt"));
        assertThat(Files.readString(results.resolve("info.json"))).contains("\n  \"target_path\"");
    }

    @Test
    void writesTheSummaryWithVerdictCountsAndModules() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "2,evil.example,1709374531");

        RunSummary summary = run(List.of(Fixtures.visits("safari")));

        assertThat(summary.verdict()).isEqualTo(Verdict.SIGNS_OF_COMPROMISE);
        assertThat(summary.exitCode()).isEqualTo(ExitCode.ALERTS);
        JsonNode json = json("summary.json");
        assertThat(json.get("verdict").get("code").asText()).isEqualTo("SIGNS_OF_COMPROMISE");
        assertThat(json.get("verdict").get("sentence").asText()).contains("TestMalware").contains("2024-03-02");
        assertThat(json.get("exit_code").get("code").asInt()).isEqualTo(1);
        assertThat(json.get("alerts").get("by_level").get("CRITICAL").asInt()).isEqualTo(1);
        assertThat(json.get("indicators").get("count").asInt()).isEqualTo(1);
        assertThat(json.get("indicators").get("newest").asText()).isEqualTo("2026-11-20 10:00:00.000000");
        assertThat(json.get("evidence").get("kind").asText()).isEqualTo("IOS_BACKUP");
        assertThat(json.get("device").get("ios_version").asText()).isEqualTo("17.4");
        assertThat(json.get("modules").get(0).get("status").asText()).isEqualTo("RAN");
        assertThat(json.get("warnings").get("count").asInt()).isZero();
    }

    @Test
    void leavesTheEvidenceUntouchedAndRemovesItsTemporaryFiles() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "2,evil.example,1709374531", "1,a.example,1709374530");
        TestFolderSource.write(evidence, "/other/unread.txt", "never read");
        String before = snapshot(evidence);
        RunRequest request = new RunRequest("ios check-backup", List.of(), evidence, results, new FakeIndicators(),
                Set.of(), true, false, true, 2);

        Source source = open(evidence);
        Path scratch = source.scratch();
        new RunEngine(Clock.systemUTC(), 1).run(request, source, List.of(Fixtures.visits("safari")),
                RunListener.NONE);

        assertThat(snapshot(evidence)).isEqualTo(before);
        assertThat(scratch).isEmptyDirectory();
        source.close();
        assertThat(scratch).doesNotExist();
    }

    private static String snapshot(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted().toList()) {
                text.append(folder.relativize(path)).append(' ')
                        .append(Files.getLastModifiedTime(path)).append(' ')
                        .append(Files.isRegularFile(path) ? sha256(Files.readString(path)) : "dir").append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void refusesAnOutputFolderInsideTheEvidenceWithoutCreatingIt() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "1,good.example,1709374530");
        Path inside = evidence.resolve("results");
        RunRequest request = Fixtures.request(evidence, inside, Set.of(), 1);

        assertThatThrownBy(() -> new RunEngine().run(request, open(evidence),
                List.of(Fixtures.visits("safari")), RunListener.NONE))
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("inside the evidence");
        assertThat(inside).doesNotExist();
    }

    @Test
    void reportsAnUnwritableOutputAsOutputError() throws IOException {
        Path blocker = Files.writeString(results.resolve("file"), "in the way");
        RunRequest request = Fixtures.request(evidence, blocker.resolve("out"), Set.of(), 1);

        assertThatThrownBy(() -> new RunEngine().run(request, open(evidence), List.of(),
                RunListener.NONE))
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.OUTPUT_ERROR))
                .hasMessageStartingWith("Cannot create the output folder");
    }

    @Test
    void stopsTheRunWithOutputErrorWhenResultsCannotBeWrittenMidway() throws IOException {
        Path output = results.resolve("out");
        FakeModule<Visit> saboteur = new FakeModule<>("saboteur", Visit.class, List.of(), context -> {
            try (Stream<Path> files = Files.walk(output)) {
                for (Path path : files.sorted(Collections.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
            context.emit(new Visit(1, "a.example", null));
        });
        RunRequest request = Fixtures.request(evidence, output, Set.of(), 1);

        assertThatThrownBy(() -> new RunEngine().run(request, open(evidence),
                List.of(saboteur), RunListener.NONE))
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.OUTPUT_ERROR))
                .hasMessageStartingWith("Cannot write the results to");
    }

    @Test
    void writesTheSameAlertsAndUrlsWhateverTheThreadScheduling() throws IOException {
        List<String> names = List.of("a", "b", "c", "d", "e", "f");
        for (String name : names) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                lines.add(i + "," + (i % 3 == 0 ? "evil.example" : "x" + i + ".test") + "," + (1709374530 + i));
            }
            Fixtures.writeVisits(evidence, name, lines.toArray(String[]::new));
        }
        List<String> alerts = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            Path output = results.resolve("run" + run);
            new RunEngine().run(Fixtures.request(evidence, output, Set.of(), 2), open(evidence),
                    names.stream().map(Fixtures::visits).toList(), RunListener.NONE);
            alerts.add(Files.readString(output.resolve("alerts.json")));
            urls.add(Files.readString(output.resolve("urls.json")));
        }
        assertThat(alerts).containsOnly(alerts.get(0));
        assertThat(urls).containsOnly(urls.get(0));
        assertThat(Json.mapper().readTree(alerts.get(0))).hasSize(6 * 200);
        assertThat(Json.mapper().readTree(alerts.get(0)).get(0).get("module").asText()).isEqualTo("a");
        assertThat(Json.mapper().readTree(urls.get(0)).get(0).get("expanded_url").isNull()).isTrue();
    }

    @Test
    void reportsAnInterruptedRunAsIncomplete() throws IOException {
        RunEngine engine = new RunEngine();
        FakeModule<Visit> slow = new FakeModule<>("slow", Visit.class, List.of(), context -> {
            long i = 0;
            while (!context.cancelled()) {
                context.emit(new Visit(i++, "a.example", null));
                if (i == 10) {
                    engine.cancel();
                }
            }
        });
        FakeModule<Visit> later = new FakeModule<>("later", Visit.class, List.of(),
                context -> context.emit(new Visit(1, "b.example", null)));

        RunSummary summary = engine.run(Fixtures.request(evidence, results, Set.of(), 1),
                open(evidence), List.of(slow, later), RunListener.NONE);

        assertThat(summary.interrupted()).isTrue();
        assertThat(summary.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(summary.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(summary.module("slow").status()).isEqualTo(Status.INTERRUPTED);
        assertThat(summary.module("slow").records()).isEqualTo(10);
        assertThat(summary.module("later").status()).isEqualTo(Status.INTERRUPTED);
        assertThat(json("slow.json")).hasSize(10);
        assertThat(json("summary.json").get("interrupted").asBoolean()).isTrue();
    }

    @Test
    void tellsTheListenerAboutEachModuleAndAlert() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "2,evil.example,1709374531");
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        RunListener listener = new RunListener() {
            @Override
            public void moduleStarted(String module) {
                heard.add("started " + module);
            }

            @Override
            public void moduleFinished(ModuleResult result) {
                heard.add("finished " + result.name() + " " + result.status());
            }

            @Override
            public void alert(Alert alert) {
                heard.add("alert " + alert.level());
            }
        };
        FakeModule<Visit> absent = new FakeModule<>("sms", Visit.class, List.of("/nowhere/sms.db"),
                context -> { });

        new RunEngine().run(Fixtures.request(evidence, results, Set.of(), 1), open(evidence),
                List.of(Fixtures.visits("safari"), absent), listener);

        assertThat(heard).containsExactly("started safari", "alert CRITICAL", "finished safari RAN",
                "finished sms ABSENT");
    }

    @Test
    void startsTheModulesWithTheMostEvidenceToReadFirstAndReportsThemInCandidateOrder() throws IOException {
        Fixtures.writeVisits(evidence, "small", "1,a.example,1709374531");
        Fixtures.writeVisits(evidence, "large", "1,a.example,1709374531", "2,b.example,1709374532",
                "3,c.example,1709374533", "4,d.example,1709374534");
        Fixtures.writeVisits(evidence, "medium", "1,a.example,1709374531", "2,b.example,1709374532");
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        RunListener listener = new RunListener() {
            @Override
            public void moduleStarted(String module) {
                started.add(module);
            }
        };

        FakeModule<Visit> walker = new FakeModule<>("walker", Visit.class, List.of(), context -> { });

        RunSummary summary = new RunEngine().run(Fixtures.request(evidence, results, Set.of(), 1), open(evidence),
                List.of(Fixtures.visits("small"), Fixtures.visits("large"), walker, Fixtures.visits("medium")),
                listener);

        assertThat(started).containsExactly("walker", "large", "medium", "small");
        assertThat(summary.modules()).extracting(ModuleResult::name)
                .containsExactly("small", "large", "walker", "medium");
    }

    @Test
    void startsTheModuleWithTheMostRecordsToMakeFirstWhenItsRecordsAreSmaller() throws IOException {
        // "counters" has the fewest bytes but the smallest records: the most records, so it starts first.
        Fixtures.writeVisits(evidence, "counters", "1,a.example,1709374531", "2,b.example,1709374532");
        Fixtures.writeVisits(evidence, "messages", "1,a.example,1709374531", "2,b.example,1709374532",
                "3,c.example,1709374533", "4,d.example,1709374534");
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        RunListener listener = new RunListener() {
            @Override
            public void moduleStarted(String module) {
                started.add(module);
            }
        };

        new RunEngine().run(Fixtures.request(evidence, results, Set.of(), 1), open(evidence),
                List.of(Fixtures.visits("messages").bytesPerRecord(100), Fixtures.visits("counters").bytesPerRecord(5)),
                listener);

        assertThat(started).containsExactly("counters", "messages");
    }

    @Test
    void logsTheRunInCommandLog() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "2,evil.example,1709374531", "junk");

        run(List.of(Fixtures.visits("safari")));

        String log = Files.readString(results.resolve("command.log"));
        assertThat(log).contains("ios check-backup started")
                .contains("indicator file /iocs/test.stix2 (feed Test feed): 1 indicator(s)")
                .contains("CRITICAL - safari: Visit to known spyware domain evil.example")
                .contains("WARNING - safari: /visits/safari/log.txt: not a visit line: junk")
                .contains("verdict: SIGNS_OF_COMPROMISE")
                .contains("finished: exit code 1");
    }

    @Test
    void countsAlertsByLevelPerModule() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "1,odd.test,1709374530", "2,evil.example,1709374531",
                "3,evil.example,1709374532");

        RunSummary summary = run(List.of(Fixtures.visits("safari")));

        assertThat(summary.module("safari").alerts())
                .containsEntry(Level.CRITICAL, 2L).containsEntry(Level.MEDIUM, 1L).containsEntry(Level.LOW, 0L);
        assertThat(summary.alerts().firstSevereMatch()).isEqualTo(Instant.ofEpochSecond(1709374531));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
