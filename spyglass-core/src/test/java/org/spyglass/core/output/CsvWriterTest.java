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
}
