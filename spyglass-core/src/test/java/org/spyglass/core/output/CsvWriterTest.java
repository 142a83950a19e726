package org.spyglass.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
