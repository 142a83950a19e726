package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.ios.testing.SysdiagnoseBuilder;

/** {@code spyglass ios check-sysdiagnose} as a user runs it, on archives and folders written in the real layout. */
class CheckSysdiagnoseCommandTest {
    private static final String CLEAN_LOG = """
            After 0.92s, these clients are still here:
            \t\tremaining client pid: 216 (/usr/libexec/nfcd)
            SIGTERM: [1709374530] All buffers flushed
            """;
    private static final String INFECTED_LOG = """
            After 0.50s, these clients are still here:
            \t\tremaining client pid: 2143 (/private/var/db/com.apple.xpc.roleaccountd.staging/bh/%s)
            \t\tremaining client pid: 216 (/usr/libexec/nfcd)
            SIGTERM: [1709374530] All buffers flushed
            """.formatted(UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT));

    @TempDir
    Path dir;

    /** A sysdiagnose with a name no other run shares, so its scratch folder can be recognised. */
    private static SysdiagnoseBuilder sysdiagnose(String shutdownLog) {
        String build = "T" + Long.toHexString(System.nanoTime());
        return SysdiagnoseBuilder.create().name("sysdiagnose_2024.03.02_11-15-30+0100_iPhone-OS_iPhone_" + build)
                .shutdownLog(shutdownLog).ps("USER UID PID PPID COMMAND\nroot 0 1 0 /sbin/launchd\n")
                .crashReport("MobileSafari-2024-03-02-101530.ips", "{\"bug_type\":\"309\",\"name\":\"MobileSafari\","
                        + "\"timestamp\":\"2024-03-02 10:15:30.00 +0100\"}\n{\n  \"procName\" : \"MobileSafari\"\n}\n");
    }

    private Path pegasusIndicators() throws IOException {
        return Files.writeString(dir.resolve("case.stix2"), """
                {"type": "bundle", "id": "bundle--1", "objects": [
                  {"type": "malware", "id": "malware--1", "name": "Pegasus", "is_family": true},
                  {"type": "indicator", "id": "indicator--1", "pattern_type": "stix",
                   "pattern": "[process:name = 'bh']"},
                  {"type": "relationship", "id": "relationship--1", "relationship_type": "indicates",
                   "source_ref": "indicator--1", "target_ref": "malware--1"}]}
                """, StandardCharsets.UTF_8);
    }

    @Test
    void findsPegasusInTheShutdownLogOfAnArchiveAndLeavesTheArchiveAndNoScratchBehind() throws Exception {
        SysdiagnoseBuilder builder = sysdiagnose(INFECTED_LOG);
        Path archive = builder.writeTarGz(Files.createDirectories(dir.resolve("evidence")));
        Map<String, String> before = EvidenceSnapshot.of(dir.resolve("evidence"));

        CliRun run = CliRun.of("ios", "check-sysdiagnose", archive.toString(), "--no-default-iocs", "--iocs",
                pegasusIndicators().toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(run.out()).contains("Pegasus");
        JsonNode alerts = json("out/alerts.json");
        assertThat(alerts.findValuesAsText("level")).contains("CRITICAL", "HIGH");
        assertThat(alerts.findValuesAsText("module")).containsOnly("shutdown_log");
        assertThat(json("out/summary.json").at("/modules").findValues("name").stream().map(JsonNode::asText))
                .contains("shutdown_log", "sysdiagnose_ps", "crash_reports");
        assertThat(json("out/sysdiagnose_ps.json")).hasSize(1);
        assertThat(json("out/crash_reports.json")).hasSize(1);
        assertThat(json("out/shutdown_log.json")).hasSize(2);
        assertThat(json("out/shutdown_log_detected.json")).isNotEmpty();
        JsonNode summary = json("out/summary.json");
        assertThat(summary.at("/device/time_zone").asText()).isEqualTo("UTC+01:00");
        assertThat(summary.at("/warnings/count").asInt()).isZero();
        assertThat(Files.readString(dir.resolve("out/timeline.csv"))).contains("shutdown");
        assertThat(json("out/info.json").get("hashes").findValuesAsText("file_path"))
                .contains(archive.toRealPath().toString());
        assertThat(EvidenceSnapshot.of(dir.resolve("evidence"))).isEqualTo(before);
        assertThat(scratchFoldersOf(builder.name())).isEmpty();
    }

    @Test
    void refusesAHostileMemberWithAWarningAndGoesOn() throws Exception {
        Path archive = sysdiagnose(CLEAN_LOG).rawMember("../../escaped.txt", "pwned")
                .writeTarGz(Files.createDirectories(dir.resolve("evidence")));

        CliRun run = CliRun.of("ios", "check-sysdiagnose", archive.toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.COMPLETED.code());
        JsonNode warnings = json("out/summary.json").at("/warnings/items");
        assertThat(warnings.findValuesAsText("module")).contains("evidence");
        assertThat(warnings.findValuesAsText("message")).anySatisfy(m -> assertThat(m)
                .contains("1 member was not extracted").contains("../../escaped.txt"));
        assertThat(json("out/shutdown_log.json")).hasSize(1);
        assertThat(Files.readString(dir.resolve("out/command.log"))).contains("escaped.txt");
        assertNothingEscaped("escaped.txt");
    }

    @Test
    void checksAnExtractedFolderToo() throws Exception {
        Path folder = sysdiagnose(CLEAN_LOG).writeFolder(dir.resolve("evidence"));
        Map<String, String> before = EvidenceSnapshot.of(dir.resolve("evidence"));

        CliRun run = CliRun.of("ios", "check-sysdiagnose", folder.toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(run.out()).doesNotContainIgnoringCase("clean");
        assertThat(json("out/summary.json").at("/modules").findValuesAsText("status")).doesNotContain("FAILED");
        assertThat(EvidenceSnapshot.of(dir.resolve("evidence"))).isEqualTo(before);
    }

    @Test
    void refusesAFileThatIsNoSysdiagnoseWithOneSentence() throws Exception {
        Path text = Files.writeString(dir.resolve("sysdiagnose.tar.gz"), "not an archive");

        CliRun run = CliRun.of("ios", "check-sysdiagnose", text.toString(), "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(run.err().lines().filter(l -> l.startsWith("spyglass: ")).toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("is neither a folder nor a sysdiagnose archive"));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void listsTheSysdiagnoseModules() {
        CliRun run = CliRun.of("ios", "check-sysdiagnose", "/nonexistent", "--list-modules");

        assertThat(run.exitCode()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(run.out()).contains("shutdown_log").doesNotContain("sms ");
    }

    private JsonNode json(String file) throws IOException {
        return new ObjectMapper().readTree(dir.resolve(file).toFile());
    }

    /** Scratch folders still holding an extraction of the sysdiagnose with this (unique) name. */
    private static List<Path> scratchFoldersOf(String name) throws IOException {
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.filter(p -> p.getFileName().toString().startsWith("spyglass-"))
                    .filter(p -> Files.exists(p.resolve("extracted").resolve(name))).toList();
        }
    }

    /**
     * The escaping member landed nowhere it could have: not in the test's folder, nor in the temporary folder that
     * holds the scratch extraction, nor in its parent (without walking the whole shared temporary folder).
     */
    private void assertNothingEscaped(String name) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        assertThat(tmp.resolve(name)).doesNotExist();
        if (tmp.getParent() != null) {
            assertThat(tmp.getParent().resolve(name)).doesNotExist();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.getFileName().toString().equals(name)).toList()).isEmpty();
        }
    }
}
