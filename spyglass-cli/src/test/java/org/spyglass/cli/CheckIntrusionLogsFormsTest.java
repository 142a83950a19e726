package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.android.testing.IntrusionLogBuilder.DEFAULT_FILE;
import static org.spyglass.android.testing.IntrusionLogBuilder.MILLIS;
import static org.spyglass.android.testing.IntrusionLogBuilder.STALKERWARE_DOMAIN;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.testing.IntrusionLogBuilder;
import org.spyglass.core.ExitCode;
import org.spyglass.core.Level;

/**
 * {@code spyglass android check-intrusion-logs} given one NDJSON file, and given a folder whose older exports are
 * zipped per day: both are read, the evidence stays as it was.
 */
class CheckIntrusionLogsFormsTest {
    private static final long DAY = 86_400_000L;

    @TempDir
    Path dir;

    @Test
    void checksOneNdjsonFileGivenAlone() throws Exception {
        Path folder = IntrusionLogBuilder.create().dns(MILLIS, STALKERWARE_DOMAIN, "com.android.chrome")
                .file("other.txt").dns(MILLIS, "example.org", "com.android.chrome")
                .writeFolder(dir.resolve("evidence"), "logs");
        Map<String, String> before = EvidenceSnapshot.of(folder);
        Path results = dir.resolve("results");

        CliRun run = CliRun.of("android", "check-intrusion-logs", folder.resolve(DEFAULT_FILE).toString(), "-o",
                results.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ALERTS.code());
        ResultsFolder.assertRecordsAndAlerts(results, "intrusion_dns", 1, List.of(Level.CRITICAL));
        JsonNode info = ResultsFolder.json(results, "info.json");
        assertThat(info.get("target_path").asText()).endsWith(DEFAULT_FILE);
        assertThat(info.get("hashes").findValuesAsText("file_path")).singleElement()
                .satisfies(p -> assertThat(p).endsWith(DEFAULT_FILE));
        assertThat(EvidenceSnapshot.of(folder)).isEqualTo(before);
    }

    private static byte[] zipMember(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.getInputStream(file.getEntry(name)).readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void readsTheExportsZippedPerDayInsideTheFolder() throws Exception {
        Path folder = IntrusionLogBuilder.create().dns(MILLIS, "example.org", "com.android.chrome")
                .writeFolder(dir.resolve("evidence"), "logs");
        IntrusionLogBuilder.create().file("2026-05-03.txt").dns(MILLIS - DAY, STALKERWARE_DOMAIN, "com.android.chrome")
                .writeZip(folder, "2026-05-03.zip");
        Map<String, String> before = EvidenceSnapshot.of(folder);
        Set<String> scratchBefore = ResultsFolder.scratchFolders();
        Path results = dir.resolve("results");

        CliRun run = CliRun.of("android", "check-intrusion-logs", folder.toString(), "-o", results.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ALERTS.code());
        JsonNode records = ResultsFolder.json(results, "intrusion_dns.json");
        assertThat(records.findValuesAsText("file")).containsExactly("/2026-05-03.zip!/2026-05-03.txt",
                "/" + DEFAULT_FILE);
        assertThat(ResultsFolder.json(results, "summary.json").at("/device/intrusion_log_files").asText())
                .isEqualTo("2");
        JsonNode hashes = ResultsFolder.json(results, "info.json").get("hashes");
        assertThat(hashes.findValuesAsText("file_path")).anySatisfy(p -> assertThat(p).endsWith("2026-05-03.zip"));
        String member = folder.toRealPath().resolve("2026-05-03.zip") + "!/2026-05-03.txt";
        assertThat(hashes).filteredOn(h -> h.get("file_path").asText().equals(member)).singleElement()
                .satisfies(h -> assertThat(h.get("sha256").asText()).isEqualTo(sha256(zipMember(
                        folder.resolve("2026-05-03.zip"), "2026-05-03.txt"))));
        assertThat(EvidenceSnapshot.of(folder)).isEqualTo(before);
        assertThat(ResultsFolder.scratchFolders()).isSubsetOf(scratchBefore);
    }
}
