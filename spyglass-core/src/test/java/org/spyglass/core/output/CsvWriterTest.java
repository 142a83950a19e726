package org.spyglass.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.time.Times;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
    @TempDir
    Path folder;

    @Test
    void quotesEveryFieldAndDoublesQuotes() throws IOException {
        Path file = folder.resolve("t.csv");
        try (CsvWriter csv = new CsvWriter(file)) {
            csv.row("a", "say \"hi\", then go", "line\nbreak", "");
        }

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("\"a\",\"say \"\"hi\"\", then go\",\"line\nbreak\",\"\"\r\n");
    }

    @Test
    void writesAFieldWhoseFirstNonAsciiCharacterComesAfterQuotesWholeInUtf8() throws IOException {
        Path file = folder.resolve("mixed.csv");
        try (CsvWriter csv = new CsvWriter(file)) {
            csv.row("say \"hi\"", "caf\u00e9 \"x\" \u4e2d\ud83d\ude00", "end");
        }

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "\"say \"\"hi\"\"\",\"caf\u00e9 \"\"x\"\" \u4e2d\ud83d\ude00\",\"end\"\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-07-14T02:13:51.123456789Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z",
            "+10000-01-01T00:00:00Z", "-0001-06-01T12:00:00Z"})
    void writesATimedRowAsTheTimeRenderedByTimesMvt(String instant) throws IOException {
        Instant time = Instant.parse(instant);
        Path timed = folder.resolve("timed.csv");
        Path text = folder.resolve("text.csv");
        try (CsvWriter csv = new CsvWriter(timed)) {
            csv.row(time, "sms", "caf\u00e9 \"x\"", "");
        }
        try (CsvWriter csv = new CsvWriter(text)) {
            csv.row(Times.mvt(time), "sms", "caf\u00e9 \"x\"", "");
        }

        assertThat(Files.readAllBytes(timed)).isEqualTo(Files.readAllBytes(text));
    }

    @Test
    void writesSuccessiveTimesWithinAndAcrossDaysAsTimesMvtRendersThem() throws IOException {
        Random random = new Random(3);
        List<Instant> times = new ArrayList<>();
        Instant at = Instant.parse("1999-12-31T22:59:58.999999999Z");
        for (int i = 0; i < 5000; i++) {
            at = at.plusNanos(random.nextInt(3) == 0 ? random.nextLong(3_600_000_000_000L) : random.nextInt(2000));
            times.add(random.nextInt(500) == 0 ? Instant.parse("-0001-06-01T12:00:00Z") : at);
        }
        times.add(Instant.parse("0001-01-01T00:00:00Z"));
        times.add(Instant.parse("0001-01-01T23:59:59.999999Z"));
        times.add(Instant.parse("1969-12-31T23:59:59.5Z"));
        times.add(Instant.parse("1969-12-31T00:00:01.000001Z"));
        Path timed = folder.resolve("timed.csv");
        Path text = folder.resolve("text.csv");
        try (CsvWriter csv = new CsvWriter(timed)) {
            for (Instant time : times) {
                csv.timeField(time.getEpochSecond(), time.getNano());
                csv.endRow();
            }
        }
        try (CsvWriter csv = new CsvWriter(text)) {
            for (Instant time : times) {
                csv.row(Times.mvt(time));
            }
        }

        assertThat(Files.readAllBytes(timed)).isEqualTo(Files.readAllBytes(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "say \"hi\", then go", "caf\u00e9 \"x\" \u4e2d\ud83d\ude00", "", "line\r\nbreak",
            "lone \ud800 surrogate", "\"\"", "0123456\"89abcdef\"\"ijklmnopqrstuvwxyz0123456789\"",
            "\u00e9\u00e9\u00e9\"\u00e9\u00e9\u00e9\u00e9\"\u00e9 a longer tail without any quote in it at all"})
    void writesAFieldFromUtf8BytesAsItWritesTheString(String field) throws IOException {
        Instant time = Instant.parse("2021-07-14T02:13:51.123456789Z");
        byte[] utf8 = ("xx" + field).getBytes(StandardCharsets.UTF_8);
        Path bytes = folder.resolve("bytes.csv");
        Path text = folder.resolve("text.csv");
        try (CsvWriter csv = new CsvWriter(bytes)) {
            csv.timeField(time.getEpochSecond(), time.getNano());
            csv.utf8Field(utf8, 2, utf8.length - 2);
            csv.endRow();
        }
        try (CsvWriter csv = new CsvWriter(text)) {
            csv.row(time, field);
        }

        assertThat(Files.readAllBytes(bytes)).isEqualTo(Files.readAllBytes(text));
    }

    @Test
    void writesRowsLargerThanItsBufferWhole() throws IOException {
        Path file = folder.resolve("big.csv");
        String big = "\u00e9\"".repeat(40_000);
        try (CsvWriter csv = new CsvWriter(file)) {
            for (int i = 0; i < 3; i++) {
                csv.row("row " + i, big);
            }
        }

        String expected = "\"" + "\u00e9\"\"".repeat(40_000) + "\"";
        assertThat(Files.readString(file, StandardCharsets.UTF_8).split("\r\n"))
                .containsExactly("\"row 0\"," + expected, "\"row 1\"," + expected, "\"row 2\"," + expected);
    }

    @Test
    void writesALoneSurrogateAsAQuestionMark() throws IOException {
        Path file = folder.resolve("s.csv");
        try (CsvWriter csv = new CsvWriter(file)) {
            csv.row("a\uD83Db");
        }

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\"a?b\"\r\n");
    }
}
