package org.spyglass.ios.backup.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeybagTest {
    private static final byte[] WRAPPED = new byte[40];

    @Test
    void readsTheTwoStageParametersAndTheClassKeysOfAnIos102Keybag() throws Exception {
        byte[] bytes = TestKeybags.start().block("SALT", "salt-0123456789abcde").block("ITER", 10_000)
                .block("DPWT", 1).block("DPIC", 10_000_000).block("DPSL", "dpsl-salt-0123456789")
                .classKey(1, 2, WRAPPED).classKey(2, 3, WRAPPED).block("PBKY", new byte[32]).classKey(3, 1, WRAPPED)
                .bytes();

        Keybag keybag = Keybag.parse(bytes);

        assertThat(keybag.twoStage()).isTrue();
        assertThat(keybag.iterations()).isEqualTo(10_000);
        assertThat(keybag.passcodeIterations()).isEqualTo(10_000_000);
        assertThat(new String(keybag.salt(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("salt-0123456789abcde");
        assertThat(keybag.classKeys()).extracting(Keybag.ClassKey::protectionClass, Keybag.ClassKey::wrap)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 3),
                        org.assertj.core.groups.Tuple.tuple(3, 1));
    }

    @Test
    void readsASingleStageKeybagOfIosBefore102() throws Exception {
        Keybag keybag = Keybag.parse(TestKeybags.start().block("SALT", "salt").block("ITER", 10_000)
                .classKey(1, 2, WRAPPED).bytes());

        assertThat(keybag.twoStage()).isFalse();
        assertThat(keybag.passcodeIterations()).isZero();
    }

    @Test
    void refusesABlockLongerThanWhatIsLeft() {
        byte[] bytes = TestKeybags.start().block("SALT", "salt").block("ITER", 1).classKey(1, 2, WRAPPED).bytes();
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 5);

        assertThatThrownBy(() -> Keybag.parse(cut)).isInstanceOf(DamagedKeybagException.class)
                .hasMessageContaining("WPKY block claims 40 bytes but 35 are left");
    }

    @Test
    void refusesAKeybagWithoutSalt() {
        assertThatThrownBy(() -> Keybag.parse(TestKeybags.start().block("ITER", 1).classKey(1, 2, WRAPPED).bytes()))
                .isInstanceOf(DamagedKeybagException.class).hasMessage("the keybag has no SALT");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Keybag.MAX_ITERATIONS + 1})
    void refusesAnIterationCountThatIsZeroOrWouldTakeDays(int iterations) {
        assertThatThrownBy(() -> Keybag.parse(TestKeybags.start().block("SALT", "s").block("ITER", 1)
                .block("DPIC", iterations).block("DPSL", "d").classKey(1, 2, WRAPPED).bytes()))
                .isInstanceOf(DamagedKeybagException.class).hasMessageContaining("DPIC iteration count");
    }

    @Test
    void refusesAKeybagWithoutAClassKeyWrappedByThePassword() {
        assertThatThrownBy(() -> Keybag.parse(TestKeybags.start().block("SALT", "s").block("ITER", 1)
                .classKey(1, 1, WRAPPED).bytes()))
                .isInstanceOf(DamagedKeybagException.class).hasMessageContaining("no class key wrapped");
    }

    @Test
    void refusesANumberThatIsNotFourBytes() {
        assertThatThrownBy(() -> Keybag.parse(TestKeybags.start().block("SALT", "s").block("ITER", new byte[2])
                .bytes()))
                .isInstanceOf(DamagedKeybagException.class).hasMessageContaining("ITER block holds 2 bytes");
    }

    @Test
    void refusesBytesThatEndInsideAHeader() {
        assertThatThrownBy(() -> Keybag.parse(new byte[] {'V', 'E', 'R'}))
                .isInstanceOf(DamagedKeybagException.class).hasMessageContaining("block header");
    }
}
