package org.spyglass.android.ab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Known answers computed once, independently of this code, with Python 3's hashlib:
 * <pre>
 * salt = bytes(range(16)); csalt = bytes(range(16, 32)); mk = bytes(range(0x70, 0x90))
 * hashlib.pbkdf2_hmac('sha1', 'correct horse'.encode('utf-8'), salt, 1000, 32).hex()
 * m = b''.join(bytes([b]) if b &lt; 0x80 else chr(0xFF00 | b).encode('utf-8') for b in mk)   # (char) (byte) b
 * m.hex(); hashlib.pbkdf2_hmac('sha1', m, csalt, 1000, 32).hex()
 * hashlib.pbkdf2_hmac('sha1', mk, csalt, 1000, 32).hex()                                     # version 1
 * </pre>
 */
class AbKeysTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] SALT = range(0, 16);
    private static final byte[] CHECKSUM_SALT = range(16, 32);
    private static final byte[] MASTER_KEY = range(0x70, 0x90);

    private static byte[] range(int from, int to) {
        byte[] b = new byte[to - from];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (from + i);
        }
        return b;
    }

    @Test
    void derivesTheUserKeyAsPythonsHashlibDoes() {
        assertThat(HEX.formatHex(AbKeys.pbkdf2(AbKeys.passwordBytes(
                "correct horse".getBytes(StandardCharsets.UTF_8), 5), SALT, 1000)))
                .isEqualTo("9dd856c376b8b2b713b6be074054cb88a46556e01185ea8d0d267f339c652169");
    }

    @Test
    void manglesHighMasterKeyBytesIntoTheUtf8OfTheirSignExtendedChars() {
        assertThat(HEX.formatHex(AbKeys.mangledMasterKey(MASTER_KEY, 2))).isEqualTo(
                "707172737475767778797a7b7c7d7e7fefbe80efbe81efbe82efbe83efbe84efbe85efbe86efbe87efbe88efbe89"
                        + "efbe8aefbe8befbe8cefbe8defbe8eefbe8f");
        assertThat(AbKeys.mangledMasterKey(new byte[] {(byte) 0xFF, (byte) 0xC0}, 5))
                .containsExactly(0xEF, 0xBF, 0xBF, 0xEF, 0xBF, 0x80);
    }

    @Test
    void mangledBytesAreWhatJavaEncodesForTheSignedByteChars() {
        byte[] all = range(0, 256);
        char[] chars = new char[all.length];
        for (int i = 0; i < all.length; i++) {
            chars[i] = (char) all[i];
        }
        assertThat(AbKeys.mangledMasterKey(all, 3)).isEqualTo(new String(chars).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void computesTheMasterKeyChecksumAsPythonsHashlibDoes() {
        assertThat(HEX.formatHex(AbKeys.pbkdf2(AbKeys.mangledMasterKey(MASTER_KEY, 4), CHECKSUM_SALT, 1000)))
                .isEqualTo("b8079e3bcfab520c1d15112618b52a92d7e98de2515163511731b443e87e89ce");
    }

    @Test
    void versionOneChecksumsTheRawMasterKey() {
        assertThat(HEX.formatHex(AbKeys.pbkdf2(AbKeys.mangledMasterKey(MASTER_KEY, 1), CHECKSUM_SALT, 1000)))
                .isEqualTo("55f95e40b7d575e3236d014197859acf8cef616f54c7340d495cec095c0d3a0c");
    }

    @Test
    void agreesWithJcePbkdf2ForAUnicodePassword() throws Exception {
        String password = "pässwörd €";
        byte[] jce = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1")
                .generateSecret(new PBEKeySpec(password.toCharArray(), SALT, 7, 256)).getEncoded();
        assertThat(AbKeys.pbkdf2(AbKeys.passwordBytes(password.getBytes(StandardCharsets.UTF_8), 5), SALT, 7))
                .isEqualTo(jce);
    }

    @Test
    void versionOnePasswordsUseTheLowByteOfEachChar() {
        assertThat(AbKeys.passwordBytes("aé".getBytes(StandardCharsets.UTF_8), 1)).containsExactly('a', 0xE9);
    }
}
