package org.spyglass.ios.backup.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pbkdf2Test {

    /** RFC 6070 §2 (PBKDF2-HMAC-SHA1); {@code \0} stands for a NUL byte. */
    @ParameterizedTest(name = "RFC 6070: {0} / {1} / {2}")
    @CsvSource({
        "password, salt, 1, 20, 0c60c80f961f0e71f3a9b524af6012062fe037a6",
        "password, salt, 2, 20, ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957",
        "password, salt, 4096, 20, 4b007901b765489abead49d926f721d065a429c1",
        "passwordPASSWORDpassword, saltSALTsaltSALTsaltSALTsaltSALTsalt, 4096, 25, "
                + "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038",
        "pass\\0word, sa\\0lt, 4096, 16, 56fa6aa75548099dcc37d7f03425e0c3"})
    void matchesTheRfc6070VectorsForHmacSha1(String password, String salt, int iterations, int length,
                                            String expected) {
        assertThat(hex(Pbkdf2.derive(Pbkdf2.HMAC_SHA1, bytes(password), bytes(salt), iterations, length)))
                .isEqualTo(expected);
    }

    /** RFC 7914 §11 (PBKDF2-HMAC-SHA256, the vectors scrypt's specification publishes). */
    @ParameterizedTest(name = "RFC 7914: {0} / {1} / {2}")
    @CsvSource({
        "passwd, salt, 1, 55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783",
        "Password, NaCl, 80000, 4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"})
    void matchesTheRfc7914VectorsForHmacSha256(String password, String salt, int iterations, String expected) {
        assertThat(hex(Pbkdf2.derive(Pbkdf2.HMAC_SHA256, bytes(password), bytes(salt), iterations, 64)))
                .isEqualTo(expected);
    }

    @Test
    void takesThePasswordAsRawBytesEvenWhenTheyAreNotUtf8() {
        byte[] binary = {(byte) 0xff, (byte) 0x80, 0x00, (byte) 0xc3};
        byte[] asLatin1Chars = new String(binary, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8);

        assertThat(Pbkdf2.derive(Pbkdf2.HMAC_SHA1, binary, bytes("salt"), 2, 32))
                .isNotEqualTo(Pbkdf2.derive(Pbkdf2.HMAC_SHA1, asLatin1Chars, bytes("salt"), 2, 32));
    }

    @Test
    void refusesAnEmptyPassword() {
        assertThatThrownBy(() -> Pbkdf2.derive(Pbkdf2.HMAC_SHA1, new byte[0], bytes("salt"), 1, 20))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytes(String text) {
        return text.replace("\\0", "\0").getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
