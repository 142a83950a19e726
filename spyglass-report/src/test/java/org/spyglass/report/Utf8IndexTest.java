package org.spyglass.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8IndexTest {

    @Test
    void findsAFourByteLeadWhereverItIsAndNothingElse() {
        Random random = new Random(11);
        byte[] alphabet = {'a', 0x7f, (byte) 0x80, (byte) 0xbf, (byte) 0xc3, (byte) 0xef, (byte) 0xf0, (byte) 0xf4,
            (byte) 0xf7, (byte) 0xf8, (byte) 0xfe, (byte) 0xff, (byte) 0x78, (byte) 0x3c};
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) 'p';
            }
            int offset = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            int length = random.nextInt(bytes.length - offset + 1);
            boolean expected = true;
            for (int i = offset; i < offset + length; i++) {
                expected &= (bytes[i] & 0xF8) != 0xF0;
            }

            assertThat(Utf8Index.plainUtf8(bytes, offset, length)).as("case %d", n).isEqualTo(expected);
        }
    }

    @Test
    void leavesOutTextLongerThanTheCsvReaderKeeps() {
        byte[] text = "x".repeat(CsvRows.MAX_FIELD + 1).getBytes(StandardCharsets.UTF_8);

        assertThat(Utf8Index.plainUtf8(text, 0, CsvRows.MAX_FIELD)).isTrue();
        assertThat(Utf8Index.plainUtf8(text, 0, text.length)).isFalse();
    }
}
