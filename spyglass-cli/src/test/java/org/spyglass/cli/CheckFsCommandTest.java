package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.testing.BackupBuilder.live;
import static org.spyglass.ios.testing.BackupBuilder.process;
import static org.spyglass.ios.testing.BackupBuilder.smsHandle;
import static org.spyglass.ios.testing.BackupBuilder.smsMessage;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spyglass.core.ExitCode;
import org.spyglass.core.Level;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.cachefiles.CacheFilesFixtures;
import org.spyglass.ios.calls.CallsFixtures;
import org.spyglass.ios.safari.SafariFixtures;
import org.spyglass.ios.tcc.TccFixtures;
import org.spyglass.ios.testing.BackupBuilder;
import org.spyglass.ios.testing.DumpBuilder;

/**
 * A synthetic filesystem dump holding artifacts that backups also hold (sms.db with rows only in its WAL,
 * DataUsage.sqlite, TCC.db, CallHistory) and the filesystem-only ones (netusage.sqlite, CoreTelephony's Cache.db,
 * a Cytrox file path, Pegasus's staging folder), each with a trace planted from the bundled feeds, checked with
 * {@code spyglass ios check-fs} as a user would run it; the output folder is then read file by file.
 */
class CheckFsCommandTest {
    private static final Instant DAY = Instant.parse("2021-07-14T02:00:00Z");
    private static final String STAGING = "/private/var/db/com.apple.xpc.roleaccountd.staging";

    @TempDir
    static Path dir;

    static Path dump;
    static Path results;
    static CliRun run;
    static Map<String, String> before;
    static Set<String> scratchBefore;
    static long entries;

    /** What one module must write: its record count and the levels of its alerts, in any order. */
    record Expected(String module, long records, List<Level> alerts) {
        @Override
        public String toString() {
            return module;
        }
    }

    static Stream<Expected> expected() {
        return Stream.of(
                new Expected("sms", 2, List.of(Level.CRITICAL)),
                new Expected("datausage", 2, List.of(Level.CRITICAL)),
                new Expected("tcc", 1, List.of(Level.CRITICAL, Level.MEDIUM)),
                new Expected("calls", 1, List.of(Level.CRITICAL)),
                new Expected("netusage", 2, List.of(Level.CRITICAL, Level.HIGH)),
                new Expected("cache_files", 2, List.of(Level.CRITICAL)),
                new Expected("filesystem", entries, List.of(Level.HIGH, Level.HIGH)));
    }

    @BeforeAll
    static void checkTheDump() throws Exception {
        Path root = dir.resolve("evidence/iPhone-dump");
        DumpBuilder builder = DumpBuilder.in(root).systemVersion("14.6", "18F72");
        builder.database("/private/var/mobile/Library/SMS/sms.db", BackupBuilder.schema(BackupBuilder.SMS_IOS14)
                        + smsHandle(1, "+15550142") + smsMessage(1, 1, "see you", false, DAY, null),
                smsMessage(2, 1, "Your parcel: https://accountcanceled.com/track/51c0", false, DAY.plusSeconds(60),
                        null), DumpBuilder.MODIFIED);
        builder.dataUsage(BackupBuilder.DATAUSAGE_IOS14, process(1, "Weather", "com.apple.weather", DAY, DAY)
                + process(2, "bh", null, DAY.plusSeconds(95), DAY.plusSeconds(95)));
        builder.database("/private/var/mobile/Library/TCC/TCC.db",
                SqlScript.resource(TccFixtures.class, TccFixtures.SCHEMA) + TccFixtures.access(
                        "kTCCServiceMicrophone", "msgacntd", 1, TccFixtures.ALLOWED, TccFixtures.SYSTEM_SET, DAY));
        builder.database("/private/var/mobile/Library/CallHistoryDB/CallHistory.storedata",
                SqlScript.resource(CallsFixtures.class, CallsFixtures.SCHEMA) + CallsFixtures.call(1,
                        CallsFixtures.PLANTED_TIME, 0.0, CallsFixtures.PLANTED_EMAIL, "com.apple.FaceTime", false,
                        false, null));
        builder.database("/private/var/networkd/db/netusage.sqlite",
                BackupBuilder.schema(BackupBuilder.DATAUSAGE_IOS14) + process(1, "roleaccountd", null, DAY, DAY)
                        + live(5, 3, DAY.plusSeconds(30), 0, 0, 10, 10));
        builder.database(CacheFilesFixtures.CORETELEPHONY, CacheFilesFixtures.schema()
                + CacheFilesFixtures.response(1, SafariFixtures.PLANTED_HISTORY_URL, "2021-07-14 02:00:03")
                + CacheFilesFixtures.response(2, "https://www.apple.com/", "2021-07-14 02:00:04"));
        builder.file("/private/var/tmp/hooker", "x", DAY);
        builder.folder(STAGING, DAY).file(STAGING + "/notes.txt", "x", DAY);
        builder.build();
        dump = dir.resolve("evidence");
        try (Stream<Path> paths = Files.walk(root)) {
            entries = paths.count() - 1;
        }
        before = EvidenceSnapshot.of(dump);
        scratchBefore = ResultsFolder.scratchFolders();
        results = dir.resolve("results");
        run = CliRun.of("ios", "check-fs", dump.toString(), "-o", results.toString());
    }

    private static JsonNode json(String file) throws IOException {
        return ResultsFolder.json(results, file);
    }

    @ParameterizedTest
    @MethodSource("expected")
    void writesEachModulesRecordsAndAlerts(Expected expected) throws IOException {
        ResultsFolder.assertRecordsAndAlerts(results, expected.module(), expected.records(), expected.alerts());
    }

    @Test
    void exitsWithTheAlertsCodeAndASignsOfCompromiseVerdict() throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(json("summary.json").at("/verdict/code").asText()).isEqualTo("SIGNS_OF_COMPROMISE");
        assertThat(run.out()).contains("Verdict: Signs of compromise");
    }

    @Test
    void everySavedRecordReadsBackIntoItsRecordClassAsWritten() throws IOException {
        ResultsFolder.assertRecordsReadBackExactly(results);
    }

    @Test
    void writesExactlyTheExpectedFiles() throws IOException {
        Set<String> written;
        try (Stream<Path> files = Files.list(results)) {
            written = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertThat(written).containsExactlyInAnyOrder("alerts.json", "alerts_timeline.csv", "command.log", "report.html",
                "info.json", "summary.json", "timeline.csv", "urls.json", "processes.json",
                "alerts.stix2.json", "alerts.misp.json",
                "sms.json", "sms_detected.json", "datausage.json", "datausage_detected.json", "tcc.json",
                "tcc_detected.json", "calls.json", "calls_detected.json", "netusage.json", "netusage_detected.json",
                "cache_files.json", "cache_files_detected.json", "filesystem.json", "filesystem_detected.json");
    }

    @Test
    void namesEachPlantedTraceInTheAlerts() throws IOException {
        List<String> messages = json("alerts.json").findValuesAsText("message");
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("accountcanceled.com"))
                .anySatisfy(m -> assertThat(m).contains("\"bh\""))
                .anySatisfy(m -> assertThat(m).contains("netusage.sqlite: \"roleaccountd\""))
                .anySatisfy(m -> assertThat(m).contains("free247downloads.com"))
                .anySatisfy(m -> assertThat(m).contains("/private/var/tmp/hooker"))
                .anySatisfy(m -> assertThat(m).isEqualTo("The roleaccountd staging folder holds a file: "
                        + STAGING + "/notes.txt"));
    }

    @Test
    void everyModuleWithFilesRanWithoutWarnings() throws IOException {
        for (JsonNode module : json("summary.json").get("modules")) {
            String name = module.get("name").asText();
            assertThat(module.get("status").asText()).as(name).isIn("RAN", "ABSENT");
            assertThat(module.get("warnings").asInt()).as(name).isZero();
        }
    }

    @Test
    void recordsTheIosVersionOfTheDump() throws IOException {
        assertThat(json("summary.json").toString()).contains("18F72");
        assertThat(json("info.json").get("hashes").findValuesAsText("file_path"))
                .anySatisfy(path -> assertThat(path).endsWith("SystemVersion.plist"));
    }

    @Test
    void putsFilesystemOnlyArtifactsOnTheTimeline() throws IOException {
        List<String> lines = Files.readAllLines(results.resolve("timeline.csv"), StandardCharsets.UTF_8);
        List<String> plugins = lines.stream().skip(1).map(l -> l.split("\",\"")[1]).distinct().toList();
        assertThat(plugins).contains("filesystem", "netusage", "cache_files", "sms", "datausage");
    }

    @Test
    void leavesTheEvidenceUntouchedAndNoScratchBehind() throws IOException {
        assertThat(EvidenceSnapshot.of(dump)).isEqualTo(before);
        byte[] netusage = Files.readAllBytes(dump.resolve("iPhone-dump/private/var/networkd/db/netusage.sqlite"));
        ResultsFolder.assertNoScratchLeftWith(scratchBefore, netusage);
    }

    @Test
    void writesTheTimesketchTimelineOnlyWhenAskedWithOneLinePerEventAndTheSameOtherFiles() throws IOException {
        assertThat(results.resolve("timeline.jsonl")).doesNotExist();
        Path asked = dir.resolve("timesketch");

        CliRun again = CliRun.of("ios", "check-fs", "--timesketch", "-o", asked.toString(), dump.toString());

        assertThat(again.exitCode()).as(again.err()).isEqualTo(run.exitCode());
        List<String> lines = Files.readAllLines(asked.resolve("timeline.jsonl"), StandardCharsets.UTF_8);
        long events = Files.readAllLines(results.resolve("timeline.csv"), StandardCharsets.UTF_8).size() - 1;
        assertThat(lines).hasSizeGreaterThanOrEqualTo((int) events);
        for (String line : lines) {
            JsonNode event = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            assertThat(event.path("message").asText()).isNotEmpty();
            assertThat(event.path("datetime").asText()).isNotEmpty();
            assertThat(event.path("timestamp_desc").asText()).isNotEmpty();
        }
        assertThat(asked.resolve("timeline.csv")).hasSameTextualContentAs(results.resolve("timeline.csv"));
        assertThat(asked.resolve("sms.json")).hasSameTextualContentAs(results.resolve("sms.json"));
    }

    @Test
    void saysInTheCommandLogWhereTheIndicatorsCameFrom() throws IOException {
        assertThat(Files.readString(results.resolve("command.log")))
                .contains("INFO - indicators: read from the compiled set shipped with Spyglass");
        CliRun again = CliRun.of("ios", "check-fs", "--no-indicator-cache", "-o", dir.resolve("uncached").toString(),
                dump.toString());
        assertThat(again.exitCode()).as(again.err()).isEqualTo(run.exitCode());
        assertThat(Files.readString(dir.resolve("uncached/command.log")))
                .contains("INFO - indicators: parsed (indicator cache not used)");
        assertThat(dir.resolve("uncached/alerts.json")).hasSameTextualContentAs(results.resolve("alerts.json"));
    }

    @Test
    void refusesAFolderThatIsNotADump() throws IOException {
        Path photos = Files.createDirectories(dir.resolve("photos/2021"));

        CliRun refused = CliRun.of("ios", "check-fs", photos.getParent().toString(), "-o",
                dir.resolve("refused").toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(refused.err()).contains("does not look like an iOS filesystem dump").contains("private/var")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void listsTheFilesystemModules() {
        CliRun listed = CliRun.of("ios", "check-fs", "/nonexistent", "--list-modules");

        assertThat(listed.exitCode()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(listed.out()).contains("filesystem").contains("netusage").contains("cache_files").contains("sms")
                .doesNotContain("manifest").doesNotContain("backup_info");
    }
}
