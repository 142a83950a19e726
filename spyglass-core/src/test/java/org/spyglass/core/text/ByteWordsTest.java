package org.spyglass.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteWordsTest {

    private static boolean anyEqual(byte[] bytes, int value) {
        for (byte b : bytes) {
            if ((b & 0xFF) == value) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyBelow(byte[] bytes, int bound) {
        for (byte b : bytes) {
            if ((b & 0xFF) < bound) {
                return true;
            }
        }
        return false;
    }

    private static void assertSameAsByteByByte(byte[] bytes) {
        long word = ByteWords.at(bytes, 0);
        for (int value : new int[] {0x00, 0x22, 0x5C, 0x7F, 0x80, 0xF0, 0xFF}) {
            assertThat(ByteWords.equal(word, (byte) value) != 0).as("equal %x in %s", value, Arrays.toString(bytes))
                    .isEqualTo(anyEqual(bytes, value));
        }
        for (int bound : new int[] {0x01, 0x0E, 0x20, 0x7F, 0x80}) {
            assertThat(ByteWords.below(word, bound) != 0).as("below %x", bound).isEqualTo(anyBelow(bytes, bound));
        }
        boolean anyNonAscii = false;
        for (byte b : bytes) {
            anyNonAscii |= b < 0;
        }
        assertThat(ByteWords.nonAscii(word) != 0).as("non-ASCII in %s", Arrays.toString(bytes))
                .isEqualTo(anyNonAscii);
    }

    @Test
    void everyByteValueAtEveryPositionIsFoundExactlyWhenItQualifies() {
        for (int position = 0; position < Long.BYTES; position++) {
            for (int value = 0; value < 256; value++) {
                byte[] bytes = "abcdefgh".getBytes(StandardCharsets.US_ASCII);
                bytes[position] = (byte) value;
                assertSameAsByteByByte(bytes);
            }
        }
    }

    @Test
    void randomWordsGetTheByteByByteAnswers() {
        Random random = new Random(7);
        byte[] bytes = new byte[Long.BYTES];
        for (int i = 0; i < 200_000; i++) {
            random.nextBytes(bytes);
            if (i % 2 == 0) {
                for (int j = 0; j < bytes.length; j++) {
                    bytes[j] = (byte) (bytes[j] & (random.nextBoolean() ? 0x7F : 0xFF));
                }
            }
            assertSameAsByteByByte(bytes);
        }
    }

    @Test
    void readsTheEightBytesFromTheOffset() {
        byte[] bytes = {9, 1, 2, 3, 4, 5, 6, 7, 8};
        assertThat(ByteWords.at(bytes, 1)).isEqualTo(0x0807060504030201L);
    }
}
