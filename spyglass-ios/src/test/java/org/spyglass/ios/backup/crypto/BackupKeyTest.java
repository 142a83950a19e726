package org.spyglass.ios.backup.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The whole derivation against keys computed by another implementation: CPython's {@code hashlib.pbkdf2_hmac},
 * {@code pbkdf2_hmac('sha1', pbkdf2_hmac('sha256', pw, dpsl, 1000, 32), salt, 100, 32)} for the two-stage scheme and
 * {@code pbkdf2_hmac('sha1', pw, salt, 100, 32)} for the single stage, with {@code pw = "pässwörd🔒".encode()}.
 */
class BackupKeyTest {
    private static final byte[] PASSWORD = "pässwörd🔒".getBytes(StandardCharsets.UTF_8);
    private static final byte[] WRAPPED = new byte[40];

    @Test
    void derivesTheTwoStageKeyOverTheBinaryOutputOfTheSha256Stage() throws Exception {
        Keybag keybag = Keybag.parse(TestKeybags.start().block("SALT", "salt-0123456789abcde").block("ITER", 100)
                .block("DPWT", 1).block("DPIC", 1000).block("DPSL", "dpsl-salt-0123456789")
                .classKey(1, 2, WRAPPED).bytes());

        assertThat(BackupKey.derive(keybag, PASSWORD).toHex())
                .isEqualTo("727f4489f84ad3ca1dbef1569445610c9c30c6c1b1a0e1f57b4a65c2909516a7");
    }

    @Test
    void derivesTheSingleStageKeyOfIosBefore102() throws Exception {
        Keybag keybag = Keybag.parse(TestKeybags.start().block("SALT", "salt-0123456789abcde").block("ITER", 100)
                .classKey(1, 2, WRAPPED).bytes());

        assertThat(BackupKey.derive(keybag, PASSWORD).toHex())
                .isEqualTo("c9848eec7955f8e2ec52b39506f9bffdaa7b5e4e1cf0bcd54c2df511c2b27be9");
    }

    @Test
    void readsBackTheHexItWritesWithSurroundingWhiteSpace() {
        String hex = "727F4489F84AD3CA1DBEF1569445610C9C30C6C1B1A0E1F57B4A65C2909516A7";

        BackupKey key = BackupKey.fromHex((" " + hex + "\r\n").getBytes(StandardCharsets.US_ASCII));

        assertThat(key.toHex()).isEqualTo(hex.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void refusesAKeyFileThatIsNotHexWithoutRepeatingItsContent() {
        String notHex = "zz7f4489f84ad3ca1dbef1569445610c9c30c6c1b1a0e1f57b4a65c2909516a7";

        assertThatThrownBy(() -> BackupKey.fromHex(notHex.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("zz7f")
                .hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> BackupKey.fromHex("secret password".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret")
                .hasMessageContaining("not 15 characters");
    }

    @Test
    void destroyOverwritesTheKey() {
        BackupKey key = BackupKey.fromHex("11".repeat(32).getBytes(StandardCharsets.US_ASCII));

        key.destroy();

        assertThat(key.toHex()).isEqualTo("00".repeat(32));
    }
}
