package org.spyglass.ios.backup.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.InvalidKeyException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** RFC 3394 §4.6: 256 bits of key data wrapped with a 256-bit KEK. */
class AesKeyWrapTest {
    private static final byte[] KEK = hex("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F");
    private static final byte[] KEY = hex("00112233445566778899AABBCCDDEEFF000102030405060708090A0B0C0D0E0F");
    private static final byte[] WRAPPED =
            hex("28C9F404C4B810F4CBCCB35CFB87F8263F5786E2D80ED326CBC7F0E71A99F43BFB988B9B7A02DD21");

    @Test
    void unwrapsTheRfc3394Vector() throws Exception {
        assertThat(AesKeyWrap.unwrap(KEK, WRAPPED)).isEqualTo(KEY);
    }

    @Test
    void failsTheIntegrityCheckWithAnotherKek() {
        byte[] otherKek = KEK.clone();
        otherKek[31] ^= 1;

        assertThatThrownBy(() -> AesKeyWrap.unwrap(otherKek, WRAPPED)).isInstanceOf(InvalidKeyException.class);
    }

    @Test
    void failsTheIntegrityCheckWhenOneBitOfTheWrappedKeyChanged() {
        byte[] damaged = WRAPPED.clone();
        damaged[20] ^= 0x10;

        assertThatThrownBy(() -> AesKeyWrap.unwrap(KEK, damaged)).isInstanceOf(InvalidKeyException.class);
    }

    @Test
    void refusesAWrappedKeyOfTheWrongLength() {
        assertThatThrownBy(() -> AesKeyWrap.unwrap(KEK, new byte[39])).isInstanceOf(InvalidKeyException.class)
                .hasMessageContaining("39");
    }

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.toLowerCase(java.util.Locale.ROOT));
    }
}
