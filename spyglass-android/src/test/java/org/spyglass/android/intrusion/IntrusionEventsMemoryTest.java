package org.spyglass.android.intrusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.testing.CollectingParseContext;

/** Dropping the repeats of overlapping exports keeps a bounded window: memory stays flat over 600,000 events. */
class IntrusionEventsMemoryTest {
    private static final int EVENTS = 600_000;
    private static final int EARLY = 100_000;
    /** Far below what a digest per line would take over the last 500,000 distinct lines (over 25 MB). */
    private static final long MAX_GROWTH = 12L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void keepsMemoryFlatWhileReadingSixHundredThousandDistinctEvents() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("logs"));
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("big.txt"), StandardCharsets.UTF_8)) {
            for (int i = 1; i <= EVENTS; i++) {
                out.write(String.format(Locale.ROOT, "{\"dns_event\":{\"event_time\":%d,\"hostname\":\"h%d.example\","
                        + "\"package_name\":\"com.app\"}}%n", 1_777_889_730_000L + i, i));
            }
            out.write("{\"dns_event\":{\"event_time\":1777889730001,\"hostname\":\"h1.example\","
                    + "\"package_name\":\"com.app\"}}\n");
        }
        long[] used = new long[2];
        long[] read = new long[1];
        try (IntrusionLogSource source = IntrusionLogSource.open(folder)) {
            CollectingParseContext<IntrusionDnsEvent> context = new CollectingParseContext<>("intrusion_dns", source,
                    source.find(IntrusionLogSource.EVERY_FILE));
            IntrusionEvents.read(context, IntrusionLine.DNS, (event, file, line) -> {
                read[0]++;
                if (read[0] == EARLY) {
                    used[0] = usedAfterGc();
                }
            });
            used[1] = usedAfterGc();
        }

        assertThat(read[0]).as("the repeat of the first line comes 600,000 lines later: read again")
                .isEqualTo(EVENTS + 1L);
        assertThat(used[1] - used[0]).isLessThan(MAX_GROWTH);
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
