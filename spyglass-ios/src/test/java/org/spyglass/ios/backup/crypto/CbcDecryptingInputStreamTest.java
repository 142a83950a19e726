package org.spyglass.ios.backup.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * NIST SP 800-38A F.2.5/F.2.6 (CBC-AES256). iOS uses a zero IV; CBC with any IV is CBC with a zero IV over the IV
 * prepended as a first ciphertext block, so the published vector is checked by decrypting IV ‖ ciphertext and
 * dropping the first block.
 */
class CbcDecryptingInputStreamTest {
    private static final byte[] KEY = hex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
    private static final byte[] IV = hex("000102030405060708090a0b0c0d0e0f");
    private static final byte[] PLAIN = hex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
            + "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
    private static final byte[] CIPHER = hex("f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d"
            + "39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b");

    @Test
    void decryptsTheNistSp80038aVector() throws IOException {
        byte[] decrypted = decrypt(concat(IV, CIPHER), -1);

        assertThat(Arrays.copyOfRange(decrypted, 16, decrypted.length)).isEqualTo(PLAIN);
    }

    @Test
    void stopsAtTheRecordedSize() throws IOException {
        byte[] decrypted = decrypt(concat(IV, CIPHER), 16 + 37);

        assertThat(decrypted).hasSize(53);
        assertThat(Arrays.copyOfRange(decrypted, 16, 53)).isEqualTo(Arrays.copyOf(PLAIN, 37));
    }

    @Test
    void readsByteByByteAsInBlocks() throws IOException {
        try (InputStream in = stream(concat(IV, CIPHER), 20)) {
            in.skipNBytes(16);
            assertThat(in.read()).isEqualTo(PLAIN[0] & 0xff);
            assertThat(in.read()).isEqualTo(PLAIN[1] & 0xff);
            assertThat(in.read()).isEqualTo(PLAIN[2] & 0xff);
            assertThat(in.read()).isEqualTo(PLAIN[3] & 0xff);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void reportsAFileShorterThanItsRecordedSizeAsTruncated() {
        assertThatThrownBy(() -> decrypt(CIPHER, 100)).isInstanceOf(IOException.class)
                .hasMessage("test file is truncated: the backup records 100 bytes, but only 64 could be decrypted "
                        + "from the 64 stored");
    }

    @Test
    void reportsAPartialLastBlockAsTruncatedWhenNoSizeIsKnown() {
        assertThatThrownBy(() -> decrypt(Arrays.copyOf(CIPHER, 40), -1)).isInstanceOf(IOException.class)
                .hasMessageContaining("40 stored bytes are not a whole number of AES blocks");
    }

    private static byte[] decrypt(byte[] encrypted, long size) throws IOException {
        try (InputStream in = stream(encrypted, size)) {
            return in.readAllBytes();
        }
    }

    private static InputStream stream(byte[] encrypted, long size) throws IOException {
        return new CbcDecryptingInputStream(new ByteArrayInputStream(encrypted), KEY, size, "test file");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text);
    }
}
