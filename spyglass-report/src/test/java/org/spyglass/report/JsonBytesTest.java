package org.spyglass.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBytesTest {

    private interface Values {
        void write(JsonGenerator jackson, JsonBytes bytes) throws IOException;
    }

    /** What Jackson's default generator and {@link JsonBytes} make of the same values, in that order. */
    private static byte[][] both(Values values) throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (JsonGenerator jackson = new JsonFactory().createGenerator(expected, JsonEncoding.UTF8)) {
            jackson.writeStartArray();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            JsonBytes bytes = new JsonBytes(actual);
            bytes.ascii('[');
            values.write(jackson, bytes);
            jackson.writeEndArray();
            bytes.ascii(']');
            bytes.drain();
            jackson.flush();
            return new byte[][] {expected.toByteArray(), actual.toByteArray()};
        }
    }

    @Test
    void escapesEveryCharacterOfTheBasicPlaneAsJacksonDoes() throws IOException {
        byte[][] made = both((jackson, bytes) -> {
            for (int c = 0; c <= 0xFFFF; c++) {
                String text = "a" + (char) c + "z";
                jackson.writeString(text);
                if (c > 0) {
                    bytes.ascii(',');
                }
                bytes.string(text);
            }
        });

        assertThat(new String(made[1], StandardCharsets.ISO_8859_1))
                .isEqualTo(new String(made[0], StandardCharsets.ISO_8859_1));
    }

    @Test
    void writesRandomTextWithSurrogatesAndLongRunsAsJacksonDoes() throws IOException {
        Random random = new Random(42);
        char[] alphabet = {'a', '"', '\\', '\n', '\u0001', '\u007f', '\u00e9', '\u2028', '\u2029', '\u4e2d',
            '\ud83d', '\ude00', '\ud800', '\udfff', '\ufeff', '\uffff', '/', '<'};
        byte[][] made = both((jackson, bytes) -> {
            for (int n = 0; n < 2000; n++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(n % 100 == 0 ? 200_000 : 40);
                for (int i = 0; i < length; i++) {
                    text.append(alphabet[random.nextInt(alphabet.length)]);
                }
                jackson.writeString(text.toString());
                if (n > 0) {
                    bytes.ascii(',');
                }
                bytes.string(text.toString());
            }
        });

        assertThat(made[1]).isEqualTo(made[0]);
    }

    @Test
    void writesUtf8BytesAsJacksonsUtf8StringDoesEvenWhenNotValidUtf8() throws IOException {
        Random random = new Random(7);
        byte[] alphabet = {'a', '"', '\\', '\n', '\t', 0, 0x1f, 0x20, 0x21, 0x5b, 0x5d, 0x7f, (byte) 0xc3,
            (byte) 0xa9, (byte) 0xe2, (byte) 0x80, (byte) 0xa8, (byte) 0xf0, (byte) 0xff, (byte) 0xfe, (byte) 0xa2,
            (byte) 0xdc};
        byte[][] made = both((jackson, bytes) -> {
            for (int n = 0; n < 2000; n++) {
                int length = random.nextInt(n % 100 == 0 ? 200_000 : 40);
                byte[] text = new byte[length + 5];
                int plainRun = random.nextInt(24);
                for (int i = 0; i < text.length; i++) {
                    text[i] = i % 25 < plainRun ? (byte) 'p' : alphabet[random.nextInt(alphabet.length)];
                }
                jackson.writeUTF8String(text, 2, length);
                if (n > 0) {
                    bytes.ascii(',');
                }
                bytes.utf8String(text, 2, length);
            }
        });

        assertThat(made[1]).isEqualTo(made[0]);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, -1, 9, 10, 99, 100, 101, 99_999_999, 100_000_000, 100_000_001, -1_000_000_007,
        10_000_000_000_000_000L, 1_709_374_530_123_456L, -62_135_596_800_000_000L,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1})
    void writesNumbersAsJacksonDoes(long value) throws IOException {
        byte[][] made = both((jackson, bytes) -> {
            jackson.writeNumber(value);
            bytes.number(value);
        });

        assertThat(new String(made[1], StandardCharsets.US_ASCII))
                .isEqualTo(new String(made[0], StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 9, 10, 99, 100, 999_999_999, 1_000_000_000, 1_709_374_530, Integer.MAX_VALUE,
        Integer.MAX_VALUE + 1L, -1, -62_135_596_800L, 253_402_300_799L})
    void writesSecondsAndMicrosAsTheNumberOfMicroseconds(long seconds) throws IOException {
        for (int micros : new int[] {0, 5, 10, 99, 100, 123_456, 999_999}) {
            byte[][] made = both((jackson, bytes) -> {
                jackson.writeNumber(seconds * 1_000_000L + micros);
                bytes.micros(seconds, micros);
            });

            assertThat(new String(made[1], StandardCharsets.US_ASCII))
                    .isEqualTo(new String(made[0], StandardCharsets.US_ASCII));
        }
    }
}
