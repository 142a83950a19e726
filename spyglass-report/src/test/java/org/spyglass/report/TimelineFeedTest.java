package org.spyglass.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.output.CsvWriter;
import org.spyglass.core.output.RunOutputs;
import org.spyglass.core.output.TimelineSink;

class TimelineFeedTest {
    private static final Instant T = Instant.parse("2024-03-02T10:15:30.123456789Z");

    @TempDir
    Path folder;

    private record Event(Instant time, String module, String kind, String description) {
    }

    private record Row(long epochSecond, int nano, byte[] module, byte[] text, int eventOffset, int eventLength,
                       int descriptionOffset, int descriptionLength) implements TimelineSink.Row {
        static Row of(Event event) {
            byte[] kind = event.kind().getBytes(StandardCharsets.UTF_8);
            byte[] description = event.description().getBytes(StandardCharsets.UTF_8);
            byte[] text = new byte[3 + kind.length + description.length];
            System.arraycopy(kind, 0, text, 3, kind.length);
            System.arraycopy(description, 0, text, 3 + kind.length, description.length);
            return new Row(event.time().getEpochSecond(), event.time().getNano(),
                    event.module().getBytes(StandardCharsets.UTF_8), text, 3, kind.length, 3 + kind.length,
                    description.length);
        }
    }

    /** Events whose text Jackson and the CSV reader could handle differently from plain bytes. */
    private static List<Event> awkwardEvents() {
        String longText = "x".repeat(CsvRows.MAX_FIELD - 1) + "\ud83d\ude00 after the cut";
        List<Event> events = new ArrayList<>();
        events.add(new Event(Instant.parse("0001-01-01T00:00:00Z"), "sms", "sms_received", "year 1"));
        events.add(new Event(T.minusSeconds(10), "sms", "sms_received", "plain"));
        events.add(new Event(T.minusSeconds(10), "s\u00e9", "k\u00e9", "caf\u00e9 \u4e2d \ud83d\ude00 emoji"));
        events.add(new Event(T, "sms", "alert", "a kind named like the alerts' own"));
        events.add(new Event(T, "sms", "sms_sent", "quotes \" and \\ backslash, commas, </script>"));
        events.add(new Event(T, "sms", "sms_sent", "controls \u0001 \t tab \r\n line breaks \u2028 \u00a0"));
        events.add(new Event(T, "sms", "sms_sent", "lone \ud800 surrogate"));
        events.add(new Event(T, "sms", "sms_sent", ""));
        events.add(new Event(T, "sms", "sms_sent", "written escapes \\n \\t \\r \\\\ stay as written"));
        events.add(new Event(T.plusMillis(1), "sms\tmodule", "kind\nwith line feed", "odd names"));
        events.add(new Event(T.plusSeconds(5), "whatsapp", "message", longText));
        events.add(new Event(T.plusSeconds(5), "whatsapp", "message", "\u00e9".repeat(CsvRows.MAX_FIELD + 10)));
        events.add(new Event(T.plusSeconds(6), "whatsapp", "k".repeat(CsvRows.MAX_FIELD + 3), "long kind"));
        events.add(new Event(Instant.parse("9999-12-31T23:59:59.999999999Z"), "sms", "sms_received", "year 9999"));
        return events;
    }

    private Path results(List<Event> events) throws IOException {
        Path results = new ResultsFixture()
                .indicatorAlert("CRITICAL", "sms", "before everything", "2001-01-01 00:00:00.000000", "a.example")
                .heuristicAlert("HIGH", "sms", "at the same microsecond", "2024-03-02 10:15:30.123456", "h", "why")
                .indicatorAlert("MEDIUM", "safari_history", "after everything", "2030-01-01 00:00:00.000000",
                        "b.example")
                .write(folder.resolve("results"));
        try (CsvWriter csv = new CsvWriter(results.resolve(RunOutputs.TIMELINE))) {
            csv.row("UTC Timestamp", "Plugin", "Event", "Description");
            for (Event event : events) {
                csv.row(event.time(), event.module(), event.kind(), event.description());
            }
        }
        return results;
    }

    private static String fromCsv(Path results) throws IOException {
        StringWriter out = new StringWriter();
        try (Reader csv = Files.newBufferedReader(results.resolve(RunOutputs.TIMELINE), StandardCharsets.UTF_8)) {
            TimelineData.write(csv, new ResultsReader().timedAlerts(results), out);
        }
        return out.toString();
    }

    private static void feed(TimelineFeed feed, Path results, List<Event> events, boolean end) throws IOException {
        TimelineSink sink = feed.open(results);
        for (Event event : events) {
            sink.row(Row.of(event));
        }
        if (end) {
            sink.end();
        }
    }

    @Test
    void makesTheSameDataFromTheMergedRowsAsFromTimelineCsv() throws IOException {
        List<Event> events = awkwardEvents();
        Path results = results(events);
        try (TimelineFeed feed = new TimelineFeed(Files.createDirectory(folder.resolve("scratch")))) {
            feed(feed, results, events, true);

            assertThat(feed.complete()).isTrue();
            assertThat(Files.readString(feed.data(), StandardCharsets.US_ASCII))
                    .isEqualTo(fromCsv(results));
        }
    }

    @Test
    void makesTheSameDataForManyRowsOverSeveralCompressedSegments() throws IOException {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            events.add(new Event(T.plusMillis(i * 7L), "m" + i % 5, "kind_" + i % 3,
                    "event " + i + " caf\u00e9 ".repeat(i % 9)));
        }
        Path results = results(events);
        try (TimelineFeed feed = new TimelineFeed(Files.createDirectory(folder.resolve("scratch")))) {
            feed(feed, results, events, true);

            assertThat(Files.readString(feed.data(), StandardCharsets.US_ASCII))
                    .isEqualTo(fromCsv(results));
        }
    }

    @Test
    void writesTheSamePageFromTheFeedAsFromTheResultsFolder() throws IOException {
        List<Event> events = awkwardEvents();
        Path results = results(events);
        Path fromFolder = new ReportWriter().write(results, folder.resolve("from-folder.html"));
        try (TimelineFeed feed = new TimelineFeed(Files.createDirectory(folder.resolve("scratch")))) {
            feed(feed, results, events, true);
            Path fromFeed = new ReportWriter().write(results, feed);

            assertThat(Files.readAllBytes(fromFeed)).isEqualTo(Files.readAllBytes(fromFolder));
        }
    }

    @Test
    void readsTimelineCsvWhenTheRowsDidNotAllCome() throws IOException {
        List<Event> events = awkwardEvents();
        Path results = results(events);
        Path fromFolder = new ReportWriter().write(results, folder.resolve("from-folder.html"));
        try (TimelineFeed feed = new TimelineFeed(Files.createDirectory(folder.resolve("scratch")))) {
            feed(feed, results, events.subList(0, 3), false);

            assertThat(feed.complete()).isFalse();
            Path page = new ReportWriter().write(results, feed);
            assertThat(Files.readAllBytes(page)).isEqualTo(Files.readAllBytes(fromFolder));
        }
    }

    @Test
    void deletesItsDataOnClose() throws IOException {
        Path scratch = Files.createDirectory(folder.resolve("scratch"));
        Path results = results(List.of());
        try (TimelineFeed feed = new TimelineFeed(scratch)) {
            feed(feed, results, List.of(), true);
            assertThat(feed.data()).exists();
        }
        try (var left = Files.list(scratch)) {
            assertThat(left).isEmpty();
        }
    }
}
