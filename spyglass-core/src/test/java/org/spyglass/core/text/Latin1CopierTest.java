package org.spyglass.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Latin1CopierTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 100, 4095})
    void copiesUpToTheFirstCharacterAboveLatin1(int at) {
        String text = "\u00e9".repeat(at) + "\u0100" + "after";
        byte[] out = new byte[10 + text.length()];
        Arrays.fill(out, (byte) '#');

        int copied = new Latin1Copier().copy(text, 0, Math.min(text.length(), Latin1Copier.CHUNK), out, 3);

        assertThat(copied).isEqualTo(at);
        assertThat(Arrays.copyOfRange(out, 3, 3 + at))
                .isEqualTo(text.substring(0, at).getBytes(StandardCharsets.ISO_8859_1));
        assertThat(out[2]).as("before the target").isEqualTo((byte) '#');
    }

    @Test
    void copiesEveryLatin1CharacterAsItsByteFromAnyOffsetIntoReusedArrays() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c <= 0xFF; c++) {
            all.append(c);
        }
        String text = all.toString();
        Latin1Copier copier = new Latin1Copier();
        for (int from = 0; from < text.length(); from += 37) {
            byte[] out = new byte[300];
            assertThat(copier.copy(text, from, text.length(), out, 5)).isEqualTo(text.length() - from);
            assertThat(Arrays.copyOfRange(out, 5, 5 + text.length() - from))
                    .isEqualTo(text.substring(from).getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void refusesMoreThanAChunk() {
        String text = "x".repeat(Latin1Copier.CHUNK + 1);

        assertThatThrownBy(() -> new Latin1Copier().copy(text, 0, text.length(), new byte[text.length()], 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Latin1Copier().copy(text, 1, text.length(), new byte[text.length()], 0))
                .isEqualTo(Latin1Copier.CHUNK);
    }
}
