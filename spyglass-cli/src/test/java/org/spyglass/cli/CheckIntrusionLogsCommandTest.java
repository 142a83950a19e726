package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.android.testing.IntrusionLogBuilder.MILLIS;
import static org.spyglass.android.testing.IntrusionLogBuilder.STALKERWARE_DOMAIN;
import static org.spyglass.android.testing.IntrusionLogBuilder.STALKERWARE_IP;
import static org.spyglass.android.testing.IntrusionLogBuilder.STALKERWARE_PACKAGE;
import static org.spyglass.android.testing.IntrusionLogBuilder.WATCHWARE_DOMAIN;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spyglass.android.testing.IntrusionLogBuilder;
import org.spyglass.core.ExitCode;
import org.spyglass.core.Level;

/**
 * Synthetic Android intrusion logs with traces planted from the bundled ECHAP feed (a TheTruthSpy C2 domain and
 * address, its app starting, a watchware website) and a CA certificate installed, checked with
 * {@code spyglass android check-intrusion-logs} as a user would run it, once as a folder and once as a zip; the
 * output folders are then read file by file.
 */
class CheckIntrusionLogsCommandTest {
    private static final long NANOS = MILLIS * 1_000_000L;

    @TempDir
    static Path dir;

    static Path evidence;
    static Map<String, String> before;
    static final Map<Form, CliRun> RUNS = new EnumMap<>(Form.class);

    enum Form {
        FOLDER, ZIP;

        Path results() {
            return dir.resolve("results-" + name());
        }

        JsonNode json(String file) throws IOException {
            return ResultsFolder.json(results(), file);
        }
    }

    @BeforeAll
    static void checkTheLogsAsFolderAndZip() throws Exception {
        evidence = dir.resolve("evidence");
        IntrusionLogBuilder logs = IntrusionLogBuilder.create()
                .dns(MILLIS, STALKERWARE_DOMAIN, "com.android.chrome", "192.0.2.10")
                .dns(MILLIS + 1_000, "www." + WATCHWARE_DOMAIN, "com.android.chrome")
                .dns(MILLIS + 2_000, "example.org", "com.android.chrome", "93.184.216.34")
                .connect(MILLIS + 3_000, STALKERWARE_IP, 443, "com.android.chrome")
                .connect(MILLIS + 4_000, "93.184.216.34", 443, "com.android.chrome")
                .line("{\"dns_event\":{\"hostname\":\"cut.exa")
                .file("Intrusion Logging/2026-05-05.txt")
                .security(NANOS, "cert_authority_installed", "{\"success\":true,\"subject\":\"CN=Evil Root\"}")
                .security(NANOS + 1_000_000_000L, "app_process_start", "{\"process\":\"" + STALKERWARE_PACKAGE
                        + "\",\"pid\":4242,\"uid\":10190}")
                .security(NANOS + 2_000_000_000L, "os_startup", "{}");
        Path folder = logs.writeFolder(evidence, "intrusion_logs");
        Path zip = logs.writeZip(evidence, "intrusion_logs.zip");
        before = EvidenceSnapshot.of(evidence);
        RUNS.put(Form.FOLDER, CliRun.of("android", "check-intrusion-logs", folder.toString(), "-o",
                Form.FOLDER.results().toString()));
        RUNS.put(Form.ZIP, CliRun.of("android", "check-intrusion-logs", zip.toString(), "-o",
                Form.ZIP.results().toString()));
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void writesEachModulesRecordsAndAlerts(Form form) throws IOException {
        ResultsFolder.assertRecordsAndAlerts(form.results(), "intrusion_dns", 3, List.of(Level.CRITICAL,
                Level.MEDIUM));
        ResultsFolder.assertRecordsAndAlerts(form.results(), "intrusion_connect", 2, List.of(Level.CRITICAL));
        ResultsFolder.assertRecordsAndAlerts(form.results(), "intrusion_security", 3, List.of(Level.MEDIUM,
                Level.CRITICAL));
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void exitsWithTheAlertsCodeAndASignsOfCompromiseVerdict(Form form) throws IOException {
        assertThat(RUNS.get(form).exitCode()).as(RUNS.get(form).err()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(form.json("summary.json").at("/verdict/code").asText()).isEqualTo("SIGNS_OF_COMPROMISE");
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void namesEachPlantedTraceInTheAlerts(Form form) throws IOException {
        List<String> messages = form.json("alerts.json").findValuesAsText("message");
        assertThat(messages).anySatisfy(m -> assertThat(m).contains(STALKERWARE_DOMAIN).contains("TheTruthSpy"))
                .anySatisfy(m -> assertThat(m).contains(STALKERWARE_IP).contains("TheTruthSpy"))
                .anySatisfy(m -> assertThat(m).contains(WATCHWARE_DOMAIN).contains("watchware"))
                .anySatisfy(m -> assertThat(m).contains(STALKERWARE_PACKAGE).contains("app_process_start"))
                .anySatisfy(m -> assertThat(m).contains("CN=Evil Root"));
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void writesExactlyTheExpectedFiles(Form form) throws IOException {
        Set<String> written;
        try (Stream<Path> files = Files.list(form.results())) {
            written = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertThat(written).containsExactlyInAnyOrder("alerts.json", "alerts_timeline.csv", "command.log",
                "info.json", "summary.json", "timeline.csv", "urls.json", "processes.json", "report.html",
                "alerts.stix2.json", "alerts.misp.json",
                "intrusion_dns.json", "intrusion_dns_detected.json", "intrusion_connect.json",
                "intrusion_connect_detected.json", "intrusion_security.json", "intrusion_security_detected.json");
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void reportsTheLineCutInHalfAsAWarning(Form form) throws IOException {
        String log = Files.readString(form.results().resolve("command.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("1 line(s) are not one JSON event");
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void putsEventsOnTheTimelineInUtc(Form form) throws IOException {
        List<String> lines = Files.readAllLines(form.results().resolve("timeline.csv"), StandardCharsets.UTF_8);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("2026-05-04 10:15:30.000")
                .contains("intrusion_dns").contains(STALKERWARE_DOMAIN))
                .anySatisfy(line -> assertThat(line).contains("2026-05-04 10:15:31.000")
                        .contains("app_process_start"));
    }

    @Test
    void leavesTheEvidenceUntouched() throws IOException {
        assertThat(EvidenceSnapshot.of(evidence)).isEqualTo(before);
    }

    @Test
    void refusesAFolderWithoutIntrusionLogs() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not a log", StandardCharsets.UTF_8);

        CliRun refused = CliRun.of("android", "check-intrusion-logs", empty.toString(), "-o",
                dir.resolve("refused").toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(refused.err()).contains("holds no NDJSON intrusion log file")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
