package org.spyglass.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TimelineBufferTest {
    private static final byte[][] NAMES = {"m".getBytes(StandardCharsets.UTF_8)};

    static Stream<String> texts() {
        List<String> texts = new ArrayList<>(List.of("", "a", "plain ascii under 16", "x".repeat(15),
                "x".repeat(16), "x".repeat(4095), "x".repeat(4096), "x".repeat(4097), "x".repeat(9000)));
        for (String odd : List.of("\u0080", "\u00e9", "\u00ff", "\u0100", "\u20ac", "\ud83d\ude00", "\ud800",
                "\udc00", "\u0000", "\u007f")) {
            for (int at : new int[] {0, 1, 7, 8, 15, 16, 17, 4095, 4096, 4097, 8191}) {
                texts.add("y".repeat(at) + odd + "z".repeat(20));
            }
        }
        return texts.stream();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void holdsEachTextAsItsUtf8Bytes(String description) {
        TimelineBuffer buffer = new TimelineBuffer(10);
        buffer.add(1, 0, 0, "event", description);
        buffer.add(2, 0, 0, description, "after");

        assertThat(description(buffer, 0)).isEqualTo(description.getBytes(StandardCharsets.UTF_8));
        assertThat(event(buffer, 1)).isEqualTo(description.getBytes(StandardCharsets.UTF_8));
        assertThat(description(buffer, 1)).isEqualTo("after".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void holdsRandomTextsOfEveryKindAsTheirUtf8Bytes() {
        Random random = new Random(6);
        char[] alphabet = {'a', 'Z', ' ', '"', '\n', '\u007f', '\u0080', '\u00e9', '\u00ff', '\u0100', '\u4e2d',
            '\ud83d', '\ude00', '\uffff'};
        TimelineBuffer buffer = new TimelineBuffer(5_000);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(random.nextBoolean() ? 40 : 5_000);
            boolean ascii = random.nextInt(4) > 0;
            for (int c = 0; c < length; c++) {
                text.append(ascii && random.nextInt(2_000) > 0 ? (char) ('a' + random.nextInt(26))
                        : alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(text.toString());
            buffer.add(i, 0, 0, "e", text.toString());
        }
        for (int i = 0; i < texts.size(); i++) {
            assertThat(description(buffer, i)).as("text %d", i)
                    .isEqualTo(texts.get(i).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] description(TimelineBuffer buffer, int row) {
        buffer.sort(NAMES);
        return Arrays.copyOfRange(buffer.text(), buffer.descriptionOffset(row),
                buffer.descriptionOffset(row) + buffer.descriptionLength(row));
    }

    private static byte[] event(TimelineBuffer buffer, int row) {
        return Arrays.copyOfRange(buffer.text(), buffer.eventOffset(row),
                buffer.eventOffset(row) + buffer.eventLength(row));
    }
}
