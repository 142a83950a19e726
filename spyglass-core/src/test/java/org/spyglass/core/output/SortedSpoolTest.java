package org.spyglass.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SortedSpoolTest {
    @TempDir
    Path folder;

    private static TimelineRow row(long second, String module, String text) {
        return new TimelineRow(Instant.ofEpochSecond(1_700_000_000L + second), module, "event", text);
    }

    private static List<TimelineRow> drain(SortedSpool<TimelineRow> spool) throws IOException {
        List<TimelineRow> rows = new ArrayList<>();
        spool.drain(rows::add);
        return rows;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 1000})
    void sortsByTimeThenModuleThenTextWhateverTheSpillThreshold(int threshold) throws IOException {
        List<TimelineRow> rows = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            rows.add(row(random.nextInt(50), "m" + random.nextInt(3), "t" + random.nextInt(1_000_000)));
        }
        List<TimelineRow> expected = new ArrayList<>(rows);
        Collections.sort(expected);
        try (SortedSpool<TimelineRow> spool = new SortedSpool<>(folder, "t", threshold, false, TimelineRow.CODEC)) {
            for (TimelineRow r : rows) {
                spool.add(r);
            }
            assertThat(drain(spool)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void sortsTextByCodePointAsTheTimelineDoesSoAnEmojiComesAfterPrivateUseCharacters() throws IOException {
        TimelineRow emoji = row(1, "sms", "\ud83d\ude00");
        TimelineRow privateUse = row(1, "sms", "\ue000");
        try (SortedSpool<TimelineRow> spool = new SortedSpool<>(folder, "c", 1, false, TimelineRow.CODEC)) {
            spool.add(emoji);
            spool.add(privateUse);
            assertThat(drain(spool)).containsExactly(privateUse, emoji);
        }
    }

    @Test
    void keepsNonAsciiTextThroughASpill() throws IOException {
        List<TimelineRow> rows = List.of(row(1, "sms", "plain ascii"), row(2, "sms", "caf\u00e9 \u4e2d\ud83d\ude00"),
                row(3, "sms", ""), row(4, "s\u00e9", "ascii then \u00e9"));
        try (SortedSpool<TimelineRow> spool = new SortedSpool<>(folder, "u", 1, false, TimelineRow.CODEC)) {
            for (TimelineRow r : rows) {
                spool.add(r);
            }
            assertThat(drain(spool)).containsExactlyElementsOf(rows);
        }
    }

    @Test
    void dropsIdenticalRowsSpreadOverDifferentSpills() throws IOException {
        try (SortedSpool<TimelineRow> spool = new SortedSpool<>(folder, "t", 2, true, TimelineRow.CODEC)) {
            spool.add(row(5, "sms", "hello"));
            spool.add(row(1, "sms", "first"));
            spool.add(row(5, "sms", "hello"));
            spool.add(row(5, "whatsapp", "hello"));
            spool.add(row(5, "sms", "hello"));

            assertThat(spool.spillCount()).isEqualTo(2);
            assertThat(drain(spool)).containsExactly(row(1, "sms", "first"), row(5, "sms", "hello"),
                    row(5, "whatsapp", "hello"));
        }
    }

    @Test
    void keepsIdenticalRowsWhenNotDistinct() throws IOException {
        try (SortedSpool<TimelineRow> spool = new SortedSpool<>(folder, "t", 1, false, TimelineRow.CODEC)) {
            spool.add(row(5, "sms", "hello"));
            spool.add(row(5, "sms", "hello"));

            assertThat(drain(spool)).hasSize(2);
        }
    }

    @Test
    void mergesMoreSpillsThanItsFanInInRounds() throws IOException {
        int count = SortedSpool.MAX_FAN_IN * 3 + 5;
        try (SortedSpool<TimelineRow> spool = new SortedSpool<>(folder, "t", 1, true, TimelineRow.CODEC)) {
            for (int i = count - 1; i >= 0; i--) {
                spool.add(row(i, "m", "text with \"quotes\", commas and é"));
            }
            List<TimelineRow> rows = drain(spool);

            assertThat(rows).hasSize(count).isSorted();
            assertThat(rows.get(0).detail()).isEqualTo("text with \"quotes\", commas and é");
        }
    }

    @Test
    void deletesItsSpillFilesOnClose() throws IOException {
        try (SortedSpool<TimelineRow> spool = new SortedSpool<>(folder, "t", 1, false, TimelineRow.CODEC)) {
            spool.add(row(1, "m", "a"));
            spool.add(row(2, "m", "b"));
            drain(spool);
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void spillsProcessRowsWithAbsentFieldsAndSortsThemByNameThenTimeUntimedLast() throws IOException {
        Instant t = Instant.parse("2024-03-02T10:15:30.123456789Z");
        List<ProcessRow> sorted = List.of(
                new ProcessRow("bh", t, "datausage", "first seen", "/usr/libexec/bh", "/a/DataUsage.sqlite"),
                new ProcessRow("bh", t.plusSeconds(1), "crash_reports", "report", null, null),
                new ProcessRow("bh", null, "sysdiagnose_ps", null, "/usr/libexec/bh -x", "/ps.txt"),
                new ProcessRow("nfcd", t.minusSeconds(60), "shutdown_log", "reboot", null, "/shutdown.log"));
        List<ProcessRow> arrived = new ArrayList<>(sorted);
        Collections.reverse(arrived);
        List<ProcessRow> drained = new ArrayList<>();
        try (SortedSpool<ProcessRow> spool = new SortedSpool<>(folder, "p", 1, true, ProcessRow.CODEC)) {
            for (ProcessRow row : arrived) {
                spool.add(row);
            }
            spool.add(sorted.get(0));
            assertThat(spool.spillCount()).isEqualTo(5);
            spool.drain(drained::add);
        }
        assertThat(drained).containsExactlyElementsOf(sorted);
    }

    @Test
    void ordersProcessRowsWithoutKindPathOrArtifactBeforeThoseWithOne() {
        Instant t = Instant.parse("2024-03-02T10:15:30Z");
        List<ProcessRow> sorted = List.of(
                new ProcessRow("bh", t, "m", null, null, null),
                new ProcessRow("bh", t, "m", null, null, "/a"),
                new ProcessRow("bh", t, "m", null, "/p", null),
                new ProcessRow("bh", t, "m", "kind", null, null),
                new ProcessRow("bh", t, "n", null, null, null),
                new ProcessRow("bh", null, "a", null, null, null));
        List<ProcessRow> shuffled = new ArrayList<>(sorted);
        Collections.shuffle(shuffled, new Random(7));

        Collections.sort(shuffled);

        assertThat(shuffled).containsExactlyElementsOf(sorted);
    }

    @Test
    void keepsFieldsLargerThanItsFileBufferThroughASpill() throws IOException {
        String large = "\u00e9x".repeat(50_000);
        try (SortedSpool<TimelineRow> spool = new SortedSpool<>(folder, "t", 1, false, TimelineRow.CODEC)) {
            spool.add(row(2, "m", large));
            spool.add(row(1, "m", "small"));

            assertThat(drain(spool)).containsExactly(row(1, "m", "small"), row(2, "m", large));
        }
    }

    @Test
    void keepsEveryRowAddedFromSeveralThreadsAtOnce() throws Exception {
        int threads = 4;
        int perThread = 2_000;
        try (SortedSpool<TimelineRow> spool = new SortedSpool<>(folder, "t", 97, false, TimelineRow.CODEC)) {
            List<Thread> started = new ArrayList<>();
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            for (int t = 0; t < threads; t++) {
                String module = "m" + t;
                Thread thread = new Thread(() -> {
                    try {
                        for (int i = 0; i < perThread; i++) {
                            spool.add(row(perThread - i, module, "r" + i));
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                thread.start();
                started.add(thread);
            }
            for (Thread thread : started) {
                thread.join();
            }

            assertThat(failures).isEmpty();
            List<TimelineRow> rows = drain(spool);
            assertThat(rows).hasSize(threads * perThread).isSorted();
            assertThat(rows).extracting(TimelineRow::module).filteredOn("m3"::equals).hasSize(perThread);
        }
    }
}
