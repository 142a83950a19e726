package org.spyglass.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodePointOrderTest {
    /** Characters around every boundary that matters: ASCII, two- and three-byte UTF-8, U+E000, U+FFFF, emoji. */
    private static final String[] PIECES = {"", "a", "b", "é", "\u07FF", "\u0800", "\uD7FF", "\uE000", "\uFFFD",
        "\uFFFF", "\uD83D\uDE00", "\uD83D\uDE01", "\uD800\uDC00", "\uDBFF\uDFFF", "\u0000"};

    @ParameterizedTest
    @CsvSource({"a, b", "ab, b", "a, aa", "\uFFFF, \uD83D\uDE00", "\uE000, \uD800\uDC00", "\uD7FF, \uE000",
        "\uD83D\uDE00, \uD83D\uDE01", "x\uFFFD, x\uD83D\uDE00"})
    void sortsTheFirstBeforeTheSecond(String first, String second) {
        assertThat(CodePointOrder.compare(first, second)).isNegative();
        assertThat(CodePointOrder.compare(second, first)).isPositive();
        assertThat(CodePointOrder.compare(first, first)).isZero();
    }

    @Test
    void agreesWithUtf8BytesComparedUnsignedWhereStringCompareToDoesNot() {
        SplittableRandom random = new SplittableRandom(20261129);
        int stringOrderDiffered = 0;
        for (int i = 0; i < 200_000; i++) {
            String a = text(random);
            String b = text(random);
            int bytes = Integer.signum(Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
                    b.getBytes(StandardCharsets.UTF_8)));
            assertThat(Integer.signum(CodePointOrder.compare(a, b))).as("%s vs %s", a, b).isEqualTo(bytes);
            if (Integer.signum(a.compareTo(b)) != bytes) {
                stringOrderDiffered++;
            }
        }
        assertThat(stringOrderDiffered).as("pairs String.compareTo orders otherwise").isPositive();
    }

    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(4); n > 0; n--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
