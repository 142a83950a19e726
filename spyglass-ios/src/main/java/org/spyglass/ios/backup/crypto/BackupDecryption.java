package org.spyglass.ios.backup.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.InvalidKeyException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An unlocked keybag: the class keys unwrapped with the {@link BackupKey}. It decrypts {@code Manifest.db} with the
 * {@code ManifestKey} of {@code Manifest.plist} and each file with the {@code EncryptionKey} and
 * {@code ProtectionClass} of its Manifest.db record, as streams (AES-256-CBC, zero IV, each file with its own key).
 * Thread-safe; {@link #destroy()} clears the class keys.
 */
public final class BackupDecryption {
    /** Bytes of a wrapped AES-256 key: the key and the 8-byte integrity check. */
    static final int WRAPPED_KEY = 40;
    /** A {@code ManifestKey} or {@code EncryptionKey} blob: 4 bytes of protection class, then the wrapped key. */
    static final int KEY_BLOB = 4 + WRAPPED_KEY;

    private final Map<Integer, byte[]> classKeys;

    private BackupDecryption(Map<Integer, byte[]> classKeys) {
        this.classKeys = classKeys;
    }

    /**
     * Unwraps every class key that the keybag wraps with the password. The RFC 3394 integrity check tells a wrong
     * key at the first class key, before any file is touched.
     *
     * @throws WrongKeyException when {@code key} does not unwrap them: the password (or key file) is wrong
     */
    public static BackupDecryption unlock(Keybag keybag, BackupKey key) throws WrongKeyException {
        Map<Integer, byte[]> keys = new HashMap<>();
        for (Keybag.ClassKey classKey : keybag.classKeys()) {
            if ((classKey.wrap() & Keybag.WRAP_PASSCODE) == 0) {
                continue;
            }
            try {
                keys.put(classKey.protectionClass(), AesKeyWrap.unwrap(key.bytes(), classKey.wrappedKey()));
            } catch (InvalidKeyException e) {
                keys.values().forEach(unwrapped -> Arrays.fill(unwrapped, (byte) 0));
                throw new WrongKeyException("the key does not unwrap class key " + classKey.protectionClass()
                        + " of the keybag (the RFC 3394 integrity check failed)", e);
            }
        }
        return new BackupDecryption(Map.copyOf(keys));
    }

    /**
     * Decrypts Manifest.db as it is read.
     *
     * @param manifestKey {@code Manifest.plist}'s {@code ManifestKey}: a little-endian protection class and the
     *                    wrapped key
     * @throws DamagedKeybagException when the ManifestKey cannot be unwrapped
     */
    public InputStream decryptManifest(InputStream encrypted, byte[] manifestKey)
            throws IOException, DamagedKeybagException {
        if (manifestKey.length != KEY_BLOB) {
            throw new DamagedKeybagException("the ManifestKey holds " + manifestKey.length + " bytes instead of "
                    + KEY_BLOB);
        }
        int protectionClass = ByteBuffer.wrap(manifestKey, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        byte[] key;
        try {
            key = unwrap(protectionClass, Arrays.copyOfRange(manifestKey, 4, KEY_BLOB));
        } catch (IOException e) {
            throw new DamagedKeybagException("the ManifestKey cannot be used: " + e.getMessage());
        }
        try {
            return new CbcDecryptingInputStream(encrypted, key, -1, "Manifest.db");
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Decrypts one backup file as it is read and stops at its recorded size.
     *
     * @param encrypted       the stored file
     * @param protectionClass the record's {@code ProtectionClass}
     * @param encryptionKey   the record's {@code EncryptionKey}: 4 bytes, then the wrapped file key
     * @param size            the record's {@code Size}
     * @param label           the file's device path, for messages
     * @throws IOException when the record lacks one of them or its key cannot be unwrapped; the message starts with
     *                     {@code label}
     */
    public InputStream decryptFile(InputStream encrypted, Long protectionClass, byte[] encryptionKey, Long size,
                                   String label) throws IOException {
        if (encryptionKey == null || protectionClass == null || size == null || size < 0) {
            throw new IOException(label + " cannot be decrypted: its Manifest.db record lacks its "
                    + (encryptionKey == null ? "EncryptionKey" : protectionClass == null ? "ProtectionClass"
                    : "Size"));
        }
        if (encryptionKey.length != KEY_BLOB) {
            throw new IOException(label + " cannot be decrypted: its EncryptionKey holds " + encryptionKey.length
                    + " bytes instead of " + KEY_BLOB);
        }
        byte[] key;
        try {
            key = unwrap(protectionClass.intValue(), Arrays.copyOfRange(encryptionKey, 4, KEY_BLOB));
        } catch (IOException e) {
            throw new IOException(label + " cannot be decrypted: " + e.getMessage(), e);
        }
        try {
            return new CbcDecryptingInputStream(encrypted, key, size, label);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Overwrites the class keys with zeros. */
    public void destroy() {
        classKeys.values().forEach(key -> Arrays.fill(key, (byte) 0));
    }

    private byte[] unwrap(int protectionClass, byte[] wrapped) throws IOException {
        byte[] classKey = classKeys.get(protectionClass);
        if (classKey == null) {
            throw new IOException("the keybag holds no usable key of protection class " + protectionClass);
        }
        try {
            return AesKeyWrap.unwrap(classKey, wrapped);
        } catch (InvalidKeyException e) {
            throw new IOException("its key does not unwrap with the key of protection class " + protectionClass
                    + " (the RFC 3394 integrity check failed)", e);
        }
    }
}
