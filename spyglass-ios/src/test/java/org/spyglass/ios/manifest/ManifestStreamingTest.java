package org.spyglass.ios.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.FileTimes;
import org.spyglass.core.source.Source;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.backup.write.MbFileArchive;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;

/** 200,000 Manifest.db rows stream through the parser without being held: memory stays flat. */
class ManifestStreamingTest {
    private static final int ROWS = 200_000;
    private static final int EARLY = 20_000;
    /** Far below what holding 180,000 records (each several hundred bytes) would take. */
    private static final long MAX_GROWTH = 32L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void keepsMemoryFlatOverTwoHundredThousandRowsAndSumsUpTheMissingFiles() throws Exception {
        Path backup = BackupBuilder.in(dir).build();
        byte[] blob = new MbFileArchive("Library/Caches/Bulk/x.dat", 100, MbFileArchive.REGULAR_FILE, 501, 501, 1, 3,
                FileTimes.all(Instant.parse("2021-07-01T00:00:00Z")), null).encode();
        SqlScript.run(backup.resolve("Manifest.db"), "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                + "WHERE i < " + ROWS + ") INSERT INTO Files SELECT printf('%040x', i), 'HomeDomain', "
                + "'Library/Caches/Bulk/' || i || '.dat', 1, X'" + HexFormat.of().formatHex(blob) + "' FROM n");
        Counting context;
        try (BackupSource source = BackupSource.open(backup)) {
            context = new Counting(source);
            new ManifestParser().parse(context);
        }

        assertThat(context.records).isEqualTo(ROWS);
        assertThat(context.used[1] - context.used[0]).isLessThan(MAX_GROWTH);
        assertThat(context.warnings).singleElement().satisfies(warning -> assertThat(warning)
                .startsWith(ROWS + " file(s) listed in Manifest.db are missing from the backup folder")
                .contains("The first 20: /private/var/mobile/Library/Caches/Bulk/1.dat")
                .contains("Bulk/20.dat").doesNotContain("Bulk/21.dat"));
    }

    /** Counts records, keeps none, and samples the heap early and at the end. */
    private static final class Counting implements ParseContext<ManifestRecord> {
        private final Source source;
        private final long[] used = new long[2];
        private final List<String> warnings = new ArrayList<>();
        private long records;

        Counting(Source source) {
            this.source = source;
        }

        @Override
        public Source source() {
            return source;
        }

        @Override
        public List<EvidenceFile> files() {
            return List.of();
        }

        @Override
        public void emit(ManifestRecord record) {
            records++;
            if (records == EARLY) {
                used[0] = usedAfterGc();
            } else if (records == ROWS) {
                used[1] = usedAfterGc();
            }
        }

        @Override
        public void warn(String location, String message) {
            warnings.add(message);
        }

        @Override
        public void absent(String location, String message) {
            warnings.add("absent: " + message);
        }

        @Override
        public boolean cancelled() {
            return false;
        }

        private static long usedAfterGc() {
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            System.gc();
            return runtime.totalMemory() - runtime.freeMemory();
        }
    }
}
