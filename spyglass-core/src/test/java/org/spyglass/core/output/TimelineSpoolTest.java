package org.spyglass.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

class TimelineSpoolTest {
    @TempDir
    Path folder;

    private static TimelineRow row(long second, String module, String text) {
        return new TimelineRow(Instant.ofEpochSecond(1_700_000_000L + second), module, "event", text);
    }

    private static void add(TimelineSpool spool, List<TimelineRow> rows) throws IOException {
        try (TimelineSpool.Writer writer = spool.writer()) {
            for (TimelineRow row : rows) {
                writer.add(row.time(), row.module(), row.event(), row.detail());
            }
        }
    }

    private static List<TimelineRow> drain(TimelineSpool spool) throws IOException {
        List<TimelineRow> rows = new ArrayList<>();
        spool.drain(row -> rows.add(new TimelineRow(Instant.ofEpochSecond(row.epochSecond(), row.nano()),
                new String(row.module(), StandardCharsets.UTF_8),
                new String(row.text(), row.eventOffset(), row.eventLength(), StandardCharsets.UTF_8),
                new String(row.text(), row.descriptionOffset(), row.descriptionLength(), StandardCharsets.UTF_8))));
        return rows;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 1000})
    void sortsDistinctRowsByTimeThenModuleThenTextWhateverTheSpillThreshold(int threshold) throws IOException {
        List<TimelineRow> rows = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 600; i++) {
            rows.add(new TimelineRow(Instant.ofEpochSecond(1_700_000_000L + random.nextInt(40),
                    random.nextInt(3) * 500_000_000), "m" + random.nextInt(3), "e" + random.nextInt(2),
                    "t\u00e9" + random.nextInt(30)));
        }
        List<TimelineRow> expected = new ArrayList<>(rows.stream().distinct().toList());
        Collections.sort(expected);
        try (TimelineSpool spool = new TimelineSpool(folder, "t", threshold)) {
            add(spool, rows.subList(0, 250));
            add(spool, rows.subList(250, rows.size()));

            assertThat(spool.added()).isEqualTo(rows.size());
            assertThat(drain(spool)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void sortsRowsThatArriveInOrderReversedOrInRuns() throws IOException {
        List<TimelineRow> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(row(i, "ascending", "a"));
            rows.add(row(300 - i, "descending", "d"));
            rows.add(row(i % 17, "sawtooth", "s" + i));
        }
        List<TimelineRow> expected = new ArrayList<>(rows);
        Collections.sort(expected);
        try (TimelineSpool spool = new TimelineSpool(folder, "t", 10_000)) {
            add(spool, rows);

            assertThat(drain(spool)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void dropsIdenticalRowsInOneBufferAcrossSpillsAndAcrossModulesBuffers() throws IOException {
        try (TimelineSpool spool = new TimelineSpool(folder, "t", 2)) {
            add(spool, List.of(row(5, "sms", "hello"), row(1, "sms", "first"), row(5, "sms", "hello"),
                    row(5, "whatsapp", "hello"), row(5, "sms", "hello")));
            add(spool, List.of(row(5, "sms", "hello"), row(5, "sms", "hello")));

            assertThat(spool.spillCount()).isEqualTo(3);
            assertThat(drain(spool)).containsExactly(row(1, "sms", "first"), row(5, "sms", "hello"),
                    row(5, "whatsapp", "hello"));
        }
    }

    @Test
    void givesABufferThatAModuleLeftEmptyAfterItsLastSpillToTheNextModule() throws IOException {
        try (TimelineSpool spool = new TimelineSpool(folder, "t", 2)) {
            add(spool, List.of(row(3, "sms", "b"), row(1, "sms", "a")));
            add(spool, List.of(row(2, "safari", "c")));
            assertThat(spool.spillCount()).isEqualTo(1);
            assertThat(spool.buffersMade()).isEqualTo(1);
            assertThat(drain(spool)).containsExactly(row(1, "sms", "a"), row(2, "safari", "c"), row(3, "sms", "b"));
        }
    }

    @Test
    void drainsWhenEveryModuleLeftItsBufferEmpty() throws IOException {
        try (TimelineSpool spool = new TimelineSpool(folder, "t", 1)) {
            add(spool, List.of(row(2, "sms", "b")));
            add(spool, List.of(row(1, "sms", "a")));
            assertThat(drain(spool)).containsExactly(row(1, "sms", "a"), row(2, "sms", "b"));
        }
    }

    @Test
    void keepsNonAsciiTextAndLoneSurrogatesAsUtf8EncodesThem() throws IOException {
        List<TimelineRow> rows = List.of(row(1, "sms", "plain \"ascii\", commas"),
                row(2, "sms", "caf\u00e9 \u4e2d\ud83d\ude00"), row(3, "sms", ""), row(4, "s\u00e9", "ascii then \u00e9"),
                row(5, "sms", "lone \ud800 surrogate"));
        try (TimelineSpool spool = new TimelineSpool(folder, "u", 1)) {
            add(spool, rows);

            assertThat(drain(spool)).containsExactly(rows.get(0), rows.get(1), rows.get(2), rows.get(3),
                    row(5, "sms", "lone ? surrogate"));
        }
    }

    @Test
    void ordersTextByCodePointSoACharacterAboveTheBasicPlaneSortsAfterPrivateUseCharacters() throws IOException {
        TimelineRow supplementary = row(1, "sms", "\ud83d\ude00");
        TimelineRow privateUse = row(1, "sms", "\ue000");
        // alerts_timeline.csv's rows sort the same way (String.compareTo would put the emoji first)
        assertThat(supplementary.compareTo(privateUse)).isPositive();
        assertThat(supplementary.detail().compareTo(privateUse.detail())).isNegative();
        try (TimelineSpool spool = new TimelineSpool(folder, "t", 1)) {
            add(spool, List.of(supplementary, privateUse));

            assertThat(drain(spool)).containsExactly(privateUse, supplementary);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void keepsTimesFromTheFirstToTheLastInstantThroughSpillsAndMergeRounds(int threshold) throws IOException {
        List<TimelineRow> rows = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < SortedSpool.MAX_FAN_IN * threshold * 2; i++) {
            Instant time = switch (i % 5) {
                case 0 -> Instant.MIN.plusSeconds(random.nextInt(3));
                case 1 -> Instant.MAX.minusSeconds(random.nextInt(3));
                case 2 -> Instant.ofEpochSecond(-random.nextInt(1000), 999_999_999);
                default -> Instant.ofEpochSecond(random.nextLong() >> 10, random.nextInt(1_000_000_000));
            };
            rows.add(new TimelineRow(time, "m" + random.nextInt(300), "event", "row " + i));
        }
        List<TimelineRow> expected = new ArrayList<>(rows);
        Collections.sort(expected);
        try (TimelineSpool spool = new TimelineSpool(folder, "t", threshold)) {
            add(spool, rows);
            assertThat(spool.spillCount()).isGreaterThan(SortedSpool.MAX_FAN_IN);
            assertThat(drain(spool)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void mergesMoreSpillsThanItsFanInInRounds() throws IOException {
        int count = SortedSpool.MAX_FAN_IN * 3 + 5;
        try (TimelineSpool spool = new TimelineSpool(folder, "t", 1)) {
            List<TimelineRow> rows = new ArrayList<>();
            for (int i = count - 1; i >= 0; i--) {
                rows.add(row(i, "m", "text with \"quotes\", commas and \u00e9"));
            }
            rows.add(row(7, "m", "text with \"quotes\", commas and \u00e9"));
            add(spool, rows);
            List<TimelineRow> drained = drain(spool);

            assertThat(drained).hasSize(count).isSorted().doesNotHaveDuplicates();
            try (Stream<Path> left = Files.list(folder)) {
                assertThat(left).hasSizeLessThanOrEqualTo(SortedSpool.MAX_FAN_IN);
            }
        }
    }

    @Test
    void keepsFieldsLargerThanItsFileBufferThroughASpill() throws IOException {
        String large = "\u00e9x".repeat(50_000);
        try (TimelineSpool spool = new TimelineSpool(folder, "t", 1)) {
            add(spool, List.of(row(2, "m", large), row(1, "m", "small")));

            assertThat(drain(spool)).containsExactly(row(1, "m", "small"), row(2, "m", large));
        }
    }

    @Test
    void deletesItsSpillFilesOnClose() throws IOException {
        try (TimelineSpool spool = new TimelineSpool(folder, "t", 1)) {
            add(spool, List.of(row(1, "m", "a"), row(2, "m", "b")));
            drain(spool);
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void refusesToDrainWhileAWriterHoldsRows() throws IOException {
        try (TimelineSpool spool = new TimelineSpool(folder, "t", 10)) {
            TimelineSpool.Writer writer = spool.writer();
            writer.add(Instant.EPOCH, "m", "e", "d");

            assertThatThrownBy(() -> drain(spool)).isInstanceOf(IllegalStateException.class);
            writer.close();
            assertThat(drain(spool)).hasSize(1);
        }
    }

    @Test
    void keepsEveryRowAddedFromSeveralThreadsAtOnce() throws Exception {
        int threads = 4;
        int perThread = 2_000;
        try (TimelineSpool spool = new TimelineSpool(folder, "t", 97)) {
            List<Thread> started = new ArrayList<>();
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            for (int t = 0; t < threads; t++) {
                String module = "m" + t;
                Thread thread = new Thread(() -> {
                    List<TimelineRow> rows = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        rows.add(row(perThread - i, module, "r" + i));
                    }
                    try {
                        add(spool, rows);
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
