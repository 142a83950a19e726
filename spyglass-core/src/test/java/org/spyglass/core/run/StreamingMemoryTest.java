package org.spyglass.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.source.Source;
import org.spyglass.core.testing.TestFolderSource;

/** The engine keeps nothing per record: memory stays flat while a module emits millions of records. */
class StreamingMemoryTest {
    private static final int RECORDS = 2_000_000;
    private static final int EARLY = 200_000;
    /** Far below what keeping 1.8 million records (each over 60 bytes) would take. */
    private static final long MAX_GROWTH = 32L * 1024 * 1024;

    @TempDir
    Path evidence;
    @TempDir
    Path results;
    @Test
    void keepsMemoryFlatWhileStreamingTwoMillionRecords() throws IOException {
        long[] used = new long[2];
        FakeModule<Visit> flood = new FakeModule<Visit>("flood", Visit.class, List.of(), context -> {
            for (int i = 1; i <= RECORDS; i++) {
                context.emit(new Visit(i, "host" + i + ".example", Fixtures.BASE.plusSeconds(i % 5000)));
                if (i == EARLY) {
                    used[0] = usedAfterGc();
                } else if (i == RECORDS) {
                    used[1] = usedAfterGc();
                }
            }
        }).timeline((visit, out) -> {
            if (visit.number() % 4 == 0) {
                out.accept(new TimelineEvent(visit.visitedAt(), "flood", "visit", visit.host()));
            }
        }).checker((visit, context) -> {
            if (visit.number() % 100_000 == 0) {
                context.heuristicAlert(Fixtures.ODD_HOST, "odd " + visit.host(), visit.visitedAt(), visit);
            }
        });
        RunEngine engine = new RunEngine(Clock.systemUTC(), 10_000);

        RunSummary summary;
        try (Source source = Fixtures.source(evidence)) {
            summary = engine.run(Fixtures.request(evidence, results, Set.of(), 1), source, List.of(flood),
                    RunListener.NONE);
        }

        assertThat(used[1] - used[0]).isLessThan(MAX_GROWTH);
        assertThat(summary.module("flood").records()).isEqualTo(RECORDS);
        assertThat(summary.alerts().byLevel()).containsEntry(Level.MEDIUM, (long) RECORDS / 100_000);
        assertThat(countElements(results.resolve("flood.json"))).isEqualTo(RECORDS);
        assertTimelineSorted(results.resolve("timeline.csv"), RECORDS / 4);
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long countElements(Path file) throws IOException {
        long count = 0;
        try (JsonParser parser = Json.mapper().getFactory().createParser(file.toFile())) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                parser.skipChildren();
                count++;
            }
        }
        return count;
    }

    private static void assertTimelineSorted(Path csv, long expectedRows) throws IOException {
        long rows = 0;
        String previous = "";
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String time = line.substring(0, line.indexOf("\","));
                assertThat(time).isGreaterThanOrEqualTo(previous);
                previous = time;
                rows++;
            }
        }
        assertThat(rows).isEqualTo(expectedRows);
    }
}
