package org.spyglass.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLinesTest {

    private static List<String> lines(byte[] bytes) throws IOException {
        TextLines text = new TextLines(new ByteArrayInputStream(bytes));
        List<String> lines = new ArrayList<>();
        for (String line = text.next(); line != null; line = text.next()) {
            lines.add(line);
        }
        return lines;
    }

    @Test
    void endsLinesAtLfCrlfAndCr() throws IOException {
        assertThat(lines("a\nb\r\nc\rd".getBytes(StandardCharsets.UTF_8))).containsExactly("a", "b", "c", "d");
        assertThat(lines("a\r".getBytes(StandardCharsets.UTF_8))).containsExactly("a");
    }

    @Test
    void replacesBytesThatAreNotUtf8() throws IOException {
        assertThat(lines(new byte[] {'o', 'k', (byte) 0xC3, (byte) 0xA9, ' ', (byte) 0xFF, '\n'}))
                .containsExactly("oké \uFFFD");
    }

    @Test
    void cutsOverlongLinesAndGoesOnWithTheNext() throws IOException {
        String longLine = "x".repeat(TextLines.MAX_LINE + 500);

        assertThat(lines((longLine + "\nnext\n").getBytes(StandardCharsets.UTF_8)))
                .containsExactly("x".repeat(TextLines.MAX_LINE), "next");
    }

    @Test
    void numbersTheLinesItReturns() throws IOException {
        TextLines text = new TextLines(new ByteArrayInputStream("a\n\nb\n".getBytes(StandardCharsets.UTF_8)));
        text.next();
        text.next();
        text.next();

        assertThat(text.number()).isEqualTo(3);
        assertThat(text.next()).isNull();
    }
}
