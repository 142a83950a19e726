package org.spyglass.ios.backup.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * PBKDF2 (RFC 8018) over a binary password, on {@link Mac}. The JDK's {@code PBEKeySpec} takes the password as
 * {@code char[]} and encodes it itself, which cannot express the binary output of a first PBKDF2 stage that iOS feeds
 * into the second one, so the few lines of the construction are written here.
 */
final class Pbkdf2 {
    static final String HMAC_SHA1 = "HmacSHA1";
    static final String HMAC_SHA256 = "HmacSHA256";

    private Pbkdf2() {
    }

    /**
     * Derives {@code length} bytes.
     *
     * @param hmac       {@link #HMAC_SHA1} or {@link #HMAC_SHA256}
     * @param password   the password bytes (not empty; HMAC keys cannot be)
     * @param iterations at least 1
     */
    static byte[] derive(String hmac, byte[] password, byte[] salt, int iterations, int length) {
        if (password.length == 0) {
            throw new IllegalArgumentException("PBKDF2 needs a password that is not empty");
        }
        if (iterations < 1 || length < 1) {
            throw new IllegalArgumentException("PBKDF2 needs at least one iteration and one byte of output");
        }
        try {
            Mac mac = Mac.getInstance(hmac);
            mac.init(new SecretKeySpec(password, hmac));
            int blockLength = mac.getMacLength();
            byte[] derived = new byte[length];
            byte[] u = new byte[blockLength];
            byte[] block = new byte[blockLength];
            for (int index = 1, offset = 0; offset < length; index++, offset += blockLength) {
                mac.update(salt);
                mac.update(ByteBuffer.allocate(4).putInt(index).array());
                mac.doFinal(u, 0);
                System.arraycopy(u, 0, block, 0, blockLength);
                for (int i = 1; i < iterations; i++) {
                    mac.update(u);
                    mac.doFinal(u, 0);
                    for (int j = 0; j < blockLength; j++) {
                        block[j] ^= u[j];
                    }
                }
                System.arraycopy(block, 0, derived, offset, Math.min(blockLength, length - offset));
            }
            Arrays.fill(u, (byte) 0);
            Arrays.fill(block, (byte) 0);
            return derived;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides " + hmac, e);
        }
    }
}
