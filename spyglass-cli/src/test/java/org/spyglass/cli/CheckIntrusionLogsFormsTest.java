package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.android.testing.IntrusionLogBuilder.DEFAULT_FILE;
import static org.spyglass.android.testing.IntrusionLogBuilder.MILLIS;
import static org.spyglass.android.testing.IntrusionLogBuilder.STALKERWARE_DOMAIN;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        assertThat(ResultsFolder.json(results, "info.json").get("hashes").findValuesAsText("file_path"))
                .anySatisfy(p -> assertThat(p).endsWith("2026-05-03.zip"));
        assertThat(EvidenceSnapshot.of(folder)).isEqualTo(before);
        assertThat(ResultsFolder.scratchFolders()).isSubsetOf(scratchBefore);
    }
}
