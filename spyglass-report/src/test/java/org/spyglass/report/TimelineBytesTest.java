package org.spyglass.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineBytesTest {

    private interface Writes {
        void write(TimelineBytes bytes) throws IOException;
    }

    private static byte[] written(Writes writes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TimelineBytes bytes = new TimelineBytes(out);
        writes.write(bytes);
        bytes.drain();
        return out.toByteArray();
    }

    /** The rule, byte by byte: a backslash, tab, line feed and carriage return escaped, every other byte as is. */
    private static byte[] escaped(byte[] text, int offset, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = offset; i < offset + length; i++) {
            switch (text[i]) {
                case '\\' -> out.writeBytes(new byte[] {'\\', '\\'});
                case '\t' -> out.writeBytes(new byte[] {'\\', 't'});
                case '\n' -> out.writeBytes(new byte[] {'\\', 'n'});
                case '\r' -> out.writeBytes(new byte[] {'\\', 'r'});
                default -> out.write(text[i]);
            }
        }
        return out.toByteArray();
    }

    @Test
    void escapesOnlyBackslashTabLineFeedAndCarriageReturnWhereverTheByteIs() throws IOException {
        for (int value = 0; value < 256; value++) {
            for (int at = 0; at < 19; at++) {
                byte[] text = "abcdefghijklmnopqrs".getBytes(StandardCharsets.US_ASCII);
                text[at] = (byte) value;
                byte[] made = written(bytes -> bytes.text(text, 0, text.length));

                assertThat(made).as("byte %02x at %d", value, at).isEqualTo(escaped(text, 0, text.length));
                assertThat(made.length).isEqualTo(text.length
                        + (value == '\\' || value == '\t' || value == '\n' || value == '\r' ? 1 : 0));
            }
        }
    }

    @Test
    void copiesRandomBytesIncludingInvalidUtf8AsTheByteByByteRuleDoes() throws IOException {
        Random random = new Random(7);
        byte[] alphabet = {'a', '"', '\\', '\n', '\t', '\r', 0, 0x0c, 0x0e, 0x1f, 0x5c, 0x7f, (byte) 0xc3,
            (byte) 0xa9, (byte) 0xe2, (byte) 0x80, (byte) 0xf0, (byte) 0xff, (byte) 0xfe, (byte) 0xdc, (byte) 0x8a};
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        byte[] made = written(bytes -> {
            for (int n = 0; n < 2000; n++) {
                int length = random.nextInt(n % 100 == 0 ? 200_000 : 40);
                byte[] text = new byte[length + 5];
                int plainRun = random.nextInt(24);
                for (int i = 0; i < text.length; i++) {
                    text[i] = i % 25 < plainRun ? (byte) 'p' : alphabet[random.nextInt(alphabet.length)];
                }
                bytes.text(text, 2, length);
                expected.writeBytes(escaped(text, 2, length));
                bytes.ascii('\n');
                expected.write('\n');
            }
        });

        assertThat(made).isEqualTo(expected.toByteArray());
    }

    @Test
    void writesAnEmptyTextAsNothing() throws IOException {
        assertThat(written(bytes -> {
            bytes.text(new byte[] {'x'}, 1, 0);
            bytes.text("");
        })).isEmpty();
    }

    @Test
    void writesAStringAsItsUtf8BytesWithALoneSurrogateAsAQuestionMark() throws IOException {
        String text = "caf\u00e9 \u4e2d \ud83d\ude00 lone \ud800 end \\ \t";

        assertThat(written(bytes -> bytes.text(text)))
                .isEqualTo("caf\u00e9 \u4e2d \ud83d\ude00 lone ? end \\\\ \\t".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void copiesTextLongerThanItsBufferWhole() throws IOException {
        byte[] text = new byte[300_000];
        new Random(3).nextBytes(text);

        assertThat(written(bytes -> {
            bytes.ascii("x\t");
            bytes.text(text, 0, text.length);
        })).isEqualTo(("x\t" + new String(escaped(text, 0, text.length), StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, -1, 9, 10, 99, 100, 101, 99_999_999, 100_000_000, 100_000_001, -1_000_000_007,
        10_000_000_000_000_000L, 1_709_374_530_123_456L, -62_135_596_800_000_000L,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1})
    void writesNumbersInDecimal(long value) throws IOException {
        assertThat(new String(written(bytes -> bytes.number(value)), StandardCharsets.US_ASCII))
                .isEqualTo(Long.toString(value));
    }
}
