package org.spyglass.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.cli.SpyglassCommand;
import org.spyglass.core.ExitCode;
import org.spyglass.ios.backup.BackupFileIds;
import org.spyglass.ios.sample.SampleBackup;
import picocli.CommandLine;

class GenerateEvidenceTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream(), true,
            StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void writesEveryRowAndFileTheProfileAsksFor() throws Exception {
        Path backup = GenerateEvidence.write(dir.resolve("out"), EvidenceProfile.TINY, 42, QUIET);

        EvidenceProfile tiny = EvidenceProfile.TINY;
        assertThat(count(backup.resolve("Manifest.db"), "Files")).isEqualTo(tiny.manifestEntries());
        List<String> databases = Files.readAllLines(dir.resolve("out/databases.txt"));
        assertThat(databases).hasSize(5);
        assertThat(count(database(databases, "message"), "message")).isEqualTo(tiny.sms());
        assertThat(count(database(databases, "history_visits"), "history_visits")).isEqualTo(tiny.safariVisits());
        assertThat(count(database(databases, "ZLIVEUSAGE"), "ZLIVEUSAGE")).isEqualTo(tiny.liveRows());
        assertThat(count(database(databases, "ZLIVEUSAGE"), "ZPROCESS")).isEqualTo(tiny.processes());
        assertThat(count(database(databases, "ZWAMESSAGE"), "ZWAMESSAGE")).isEqualTo(tiny.whatsappMessages());
        try (Stream<Path> bundles = Files.list(dir.resolve("out/iocs"))) {
            assertThat(bundles.count()).isEqualTo(15);
        }
    }

    @Test
    void writesTheSameBytesForTheSameSeed() throws Exception {
        Path first = GenerateEvidence.write(dir.resolve("a"), EvidenceProfile.TINY, 7, QUIET);
        Path second = GenerateEvidence.write(dir.resolve("b"), EvidenceProfile.TINY, 7, QUIET);

        assertThat(Files.readAllBytes(dir.resolve("a/iocs/synthetic-domains.stix2")))
                .isEqualTo(Files.readAllBytes(dir.resolve("b/iocs/synthetic-domains.stix2")));
        String anyOtherFile = "Media/DCIM/000APPLE/IMG_000001.HEIC";
        assertThat(stored(first, "MediaDomain", anyOtherFile)).isEqualTo(stored(second, "MediaDomain", anyOtherFile));
    }

    @Test
    void checkBackupRaisesThePlantedBundledAndSyntheticAlerts() throws Exception {
        Path out = dir.resolve("out");
        Path backup = GenerateEvidence.write(out, EvidenceProfile.TINY, 42, QUIET);
        Path results = dir.resolve("results");

        CommandLine commandLine = SpyglassCommand.commandLine();
        commandLine.setOut(new PrintWriter(Writer.nullWriter()));
        commandLine.setErr(new PrintWriter(Writer.nullWriter()));
        int code = commandLine.execute("ios", "check-backup", "--iocs", out.resolve("iocs").toString(),
                "--output", results.toString(), backup.toString());

        assertThat(code).isEqualTo(ExitCode.ALERTS.code());
        String alerts = Files.readString(results.resolve("alerts.json"), StandardCharsets.UTF_8);
        SyntheticValues values = new SyntheticValues(42);
        int[] domains = SyntheticValues.planted(EvidenceProfile.TINY.bundleDomains());
        assertThat(alerts).contains(SampleBackup.PEGASUS_DOMAIN, SampleBackup.INJECTION_DOMAIN,
                SampleBackup.ATTACKER_EMAIL, values.domain(domains[1]), values.domain(domains[2]), SyntheticBundle.MALWARE);
        JsonNode summary = new ObjectMapper().readTree(results.resolve("summary.json").toFile());
        List<String> ran = new ArrayList<>();
        for (JsonNode module : summary.path("modules")) {
            if (module.path("name").asText().equals("sms")) {
                assertThat(module.path("records").asInt()).isEqualTo(EvidenceProfile.TINY.sms());
            }
            if (module.path("status").asText().equals("RAN")) {
                ran.add(module.path("name").asText());
            }
        }
        assertThat(ran).contains("sms", "safari_history", "datausage", "whatsapp", "id_status_cache", "manifest");
    }

    private static Path database(List<String> lines, String table) {
        return lines.stream().filter(line -> List.of(line.split(" ")).contains(table))
                .map(line -> Path.of(line.split(" ")[0])).findFirst().orElseThrow();
    }

    private static byte[] stored(Path backup, String domain, String path) throws IOException {
        return Files.readAllBytes(backup.resolve(BackupFileIds.storagePath(BackupFileIds.of(domain, path))));
    }

    private static long count(Path database, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + database + "?mode=ro");
             ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            return rows.getLong(1);
        }
    }
}
