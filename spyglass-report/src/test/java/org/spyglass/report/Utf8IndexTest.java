package org.spyglass.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8IndexTest {

    @Test
    void numbersEachNameOnceAsTheStringItDecodesTo() {
        List<String> numbered = new ArrayList<>();
        Utf8Index index = new Utf8Index(name -> {
            numbered.add(name);
            return numbered.size() - 1;
        });
        byte[] text = "..sms..caf\u00e9..sms".getBytes(StandardCharsets.UTF_8);

        for (int round = 0; round < 200; round++) {
            assertThat(index.index(text, 2, 3)).isZero();
            assertThat(index.index(text, 7, 5)).isEqualTo(1);
            assertThat(index.index(text, 14, 3)).isZero();
            assertThat(index.index(("name" + round).getBytes(StandardCharsets.UTF_8), 0, 4 + String.valueOf(round)
                    .length())).isEqualTo(2 + round);
        }
        assertThat(numbered.subList(0, 2)).containsExactly("sms", "caf\u00e9");
        assertThat(numbered).hasSize(202);
    }

    @Test
    void cutsANameLongerThanTheCsvReaderKeeps() {
        List<String> numbered = new ArrayList<>();
        Utf8Index index = new Utf8Index(name -> {
            numbered.add(name);
            return numbered.size() - 1;
        });
        byte[] text = "x".repeat(CsvRows.MAX_FIELD + 1).getBytes(StandardCharsets.UTF_8);

        index.index(text, 0, text.length);

        assertThat(numbered).containsExactly("x".repeat(CsvRows.MAX_FIELD));
    }
}
