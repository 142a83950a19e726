package org.spyglass.android.ab;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key handling of an encrypted Android backup. Android derives keys with PBKDF2-HMAC-SHA1 (32 bytes) over a
 * {@code char[]}: from format version 2 on, JCE's {@code PBKDF2WithHmacSHA1} feeds it the UTF-8 of the chars; version
 * 1 used {@code PBKDF2WithHmacSHA1And8bit}, the low byte of each char. The password's chars are the password; the
 * master key's chars, for its checksum, are its bytes widened the Java way ({@code (char) (byte) b}, so a byte of
 * 0x80 or more becomes U+FF80..U+FFFF, three bytes of UTF-8).
 */
public final class AbKeys {
    static final int KEY_BYTES = 32;

    private AbKeys() {
    }

    /** A master key and the IV of the payload. */
    record MasterKey(byte[] key, byte[] iv) {
    }

    /** PBKDF2-HMAC-SHA1 (RFC 8018) over raw, non-empty password bytes, {@value #KEY_BYTES} bytes long. */
    static byte[] pbkdf2(byte[] password, byte[] salt, int rounds) {
        if (password.length == 0) {
            throw new IllegalArgumentException("the password is empty");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(password, "HmacSHA1"));
            byte[] out = new byte[KEY_BYTES];
            int done = 0;
            for (int block = 1; done < KEY_BYTES; block++) {
                mac.update(salt);
                mac.update(ByteBuffer.allocate(4).putInt(block).array());
                byte[] u = mac.doFinal();
                byte[] t = u.clone();
                for (int i = 1; i < rounds; i++) {
                    u = mac.doFinal(u);
                    for (int j = 0; j < t.length; j++) {
                        t[j] ^= u[j];
                    }
                }
                int n = Math.min(t.length, KEY_BYTES - done);
                System.arraycopy(t, 0, out, done, n);
                done += n;
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides HmacSHA1", e);
        }
    }

    /** The bytes PBKDF2 sees for a password given as UTF-8: the UTF-8 itself, or for version 1 each char's low byte. */
    static byte[] passwordBytes(byte[] utf8, int version) {
        if (version > 1) {
            return utf8.clone();
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8));
            byte[] low = new byte[chars.remaining()];
            for (int i = 0; i < low.length; i++) {
                low[i] = (byte) chars.get(chars.position() + i);
            }
            Arrays.fill(chars.array(), '\0');
            return low;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the password is not UTF-8", e);
        }
    }

    /**
     * The bytes PBKDF2 sees for the master key's checksum: version 1 the raw bytes; later versions the UTF-8 of the
     * chars {@code (char) (byte) b}, where a byte of 0x80 or more turns into {@code EF}, {@code BC | (b >> 6 & 3)}
     * (that is BE or BF), {@code 80 | (b & 3F)}.
     */
    static byte[] mangledMasterKey(byte[] masterKey, int version) {
        if (version == 1) {
            return masterKey.clone();
        }
        ByteBuffer out = ByteBuffer.allocate(masterKey.length * 3);
        for (byte b : masterKey) {
            int unsigned = b & 0xFF;
            if (unsigned < 0x80) {
                out.put(b);
            } else {
                out.put((byte) 0xEF).put((byte) (0xBC | (unsigned >> 6 & 0x03))).put((byte) (0x80 | (unsigned & 0x3F)));
            }
        }
        return Arrays.copyOf(out.array(), out.position());
    }

    /**
     * Unlocks the master key with the password.
     *
     * @throws WrongPasswordException when the password does not open the blob or the checksum does not match
     * @throws AbFormatException      when the opened blob is malformed
     */
    static MasterKey masterKey(AbHeader header, byte[] passwordUtf8) throws AbFormatException,
            WrongPasswordException {
        AbHeader.Encryption e = header.encryption();
        byte[] pw = passwordBytes(passwordUtf8, header.version());
        byte[] userKey = pbkdf2(pw, e.userSalt(), e.rounds());
        Arrays.fill(pw, (byte) 0);
        byte[] blob;
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(userKey, "AES"), new IvParameterSpec(e.userIv()));
            blob = cipher.doFinal(e.masterKeyBlob());
        } catch (javax.crypto.BadPaddingException | javax.crypto.IllegalBlockSizeException ex) {
            throw new WrongPasswordException();
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("every Java runtime provides AES/CBC/PKCS5Padding", ex);
        } finally {
            Arrays.fill(userKey, (byte) 0);
        }
        ByteBuffer in = ByteBuffer.wrap(blob);
        byte[] iv = field(in);
        byte[] key = field(in);
        byte[] checksum = field(in);
        Arrays.fill(blob, (byte) 0);
        if (iv == null || key == null || checksum == null || iv.length != 16 || key.length != KEY_BYTES) {
            throw new WrongPasswordException();
        }
        byte[] mangled = mangledMasterKey(key, header.version());
        byte[] expected = pbkdf2(mangled, e.checksumSalt(), e.rounds());
        Arrays.fill(mangled, (byte) 0);
        if (!MessageDigest.isEqual(expected, checksum)) {
            throw new WrongPasswordException();
        }
        return new MasterKey(key, iv);
    }

    private static byte[] field(ByteBuffer in) {
        if (!in.hasRemaining()) {
            return null;
        }
        int length = in.get() & 0xFF;
        if (in.remaining() < length) {
            return null;
        }
        byte[] value = new byte[length];
        in.get(value);
        return value;
    }
}
