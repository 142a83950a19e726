package org.spyglass.ios.safari;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.Source;
import org.spyglass.core.testing.CollectingCheckContext;
import org.spyglass.core.testing.TestFolderSource;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.write.SqlScript;

/**
 * The redirect lookup is done by the database: memory stays flat while a History.db of a million visits streams
 * through the parser and the checker, and every planted injection is still found.
 */
class SafariHistoryMemoryTest {
    private static final int VISITS = 1_000_000;
    private static final int EARLY = 100_000;
    /** Far below what a map of the 900,000 later visits (id, URL, time) would take. */
    private static final long MAX_GROWTH = 32L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void findsEveryInjectionInAMillionVisitsWithoutHoldingThemInMemory() throws Exception {
        Path file = dir.resolve("private/var/mobile/Library/Safari/History.db");
        Files.createDirectories(file.getParent());
        SqlScript.run(file, SafariSql.schema(SafariSql.HISTORY_IOS17) + million());
        long[] used = new long[2];
        long[] count = new long[1];
        CollectingCheckContext check = new CollectingCheckContext(SafariHistoryModule.NAME, TestIndicators.none());
        SafariHistoryChecker checker = new SafariHistoryChecker();

        try (Source source = new TestFolderSource(dir)) {
            List<EvidenceFile> files = new ArrayList<>(source.find(SafariHistoryModule.PATH));
            new SafariHistoryParser().parse(new ParseContext<>() {
                @Override
                public Source source() {
                    return source;
                }

                @Override
                public List<EvidenceFile> files() {
                    return files;
                }

                @Override
                public void emit(SafariVisit visit) {
                    checker.check(visit, check);
                    count[0]++;
                    if (count[0] == EARLY) {
                        used[0] = usedAfterGc();
                    } else if (count[0] == VISITS) {
                        used[1] = usedAfterGc();
                    }
                }

                @Override
                public void warn(String location, String message) {
                    throw new AssertionError(location + ": " + message);
                }

                @Override
                public void absent(String location, String message) {
                    throw new AssertionError(location + ": " + message);
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
        }

        assertThat(count[0]).isEqualTo(VISITS);
        assertThat(used[1] - used[0]).isLessThan(MAX_GROWTH);
        assertThat(check.alerts()).hasSize(VISITS / 100_000)
                .allSatisfy(alert -> assertThat(alert.heuristic()).isEqualTo(SafariHistoryChecker.NETWORK_INJECTION));
    }

    /**
     * A thousand sites visited in turn, every two seconds; at each 100,000th visit an http:// visit redirected 3 ms
     * later to another site.
     */
    private static String million() {
        return """
                WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1002)
                INSERT INTO history_items (id, url, visit_count, daily_visit_counts,
                    should_recompute_derived_visit_counts, visit_count_score)
                SELECT x, CASE x WHEN 1001 THEN 'http://news.example.org/' WHEN 1002
                    THEN 'https://a1b2c3.d4e5.example.net:30495/x' ELSE 'https://site' || x || '.example.com/' END,
                    1, X'', 0, 100 FROM n;
                WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < %d)
                INSERT INTO history_visits (id, history_item, visit_time, redirect_source, redirect_destination)
                SELECT x,
                    CASE x %% 100000 WHEN 1 THEN 1001 WHEN 2 THEN 1002 ELSE x %% 1000 + 1 END,
                    CASE x %% 100000 WHEN 2 THEN 600000000 + (x - 1) * 2 + 0.003 ELSE 600000000 + x * 2 END,
                    CASE x %% 100000 WHEN 2 THEN x - 1 END,
                    CASE x %% 100000 WHEN 1 THEN x + 1 END
                FROM n;
                """.formatted(VISITS);
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
