package org.spyglass.ios.backup.crypto;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/** RFC 3394 AES key unwrap, by the JDK's {@code AES/KW/NoPadding}. */
final class AesKeyWrap {
    private AesKeyWrap() {
    }

    /**
     * Unwraps {@code wrapped} (the key plus 8 bytes of integrity check) with the key-encryption key {@code kek}.
     *
     * @throws InvalidKeyException when the integrity check fails: {@code kek} is not the key that wrapped it
     */
    static byte[] unwrap(byte[] kek, byte[] wrapped) throws InvalidKeyException {
        if (wrapped.length < 24 || wrapped.length % 8 != 0) {
            throw new InvalidKeyException("a wrapped key has a multiple of 8 bytes, at least 24, not "
                    + wrapped.length);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/KW/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"));
            return cipher.doFinal(wrapped);
        } catch (InvalidKeyException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            InvalidKeyException failed = new InvalidKeyException("the key unwrap integrity check failed");
            failed.initCause(e);
            throw failed;
        }
    }
}
