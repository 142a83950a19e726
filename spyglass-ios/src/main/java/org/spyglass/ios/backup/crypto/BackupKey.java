package org.spyglass.ios.backup.crypto;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The 32-byte key derived from a backup password: {@code PBKDF2-HMAC-SHA1(PBKDF2-HMAC-SHA256(password, DPSL, DPIC,
 * 32), SALT, ITER, 32)} since iOS 10.2 (the second stage takes the binary output of the first), the SHA-1 stage
 * alone before. It unwraps the keybag's class keys; {@code spyglass ios extract-key} prints it in hex and
 * {@code --key-file} takes it back, which skips the slow derivation. {@link #destroy()} clears it. Thread-safe once
 * built; not after {@link #destroy()}.
 */
public final class BackupKey {
    /** Bytes of the key. */
    public static final int LENGTH = 32;

    private final byte[] key;

    private BackupKey(byte[] key) {
        this.key = key;
    }

    /**
     * Derives the key from the password's UTF-8 bytes as iOS does. Takes as long as the keybag's iteration counts
     * say (tens of seconds for a real backup). The caller keeps and clears {@code password}.
     */
    public static BackupKey derive(Keybag keybag, byte[] password) {
        if (!keybag.twoStage()) {
            return new BackupKey(Pbkdf2.derive(Pbkdf2.HMAC_SHA1, password, keybag.salt(), keybag.iterations(),
                    LENGTH));
        }
        byte[] first = Pbkdf2.derive(Pbkdf2.HMAC_SHA256, password, keybag.passcodeSalt(),
                keybag.passcodeIterations(), LENGTH);
        try {
            return new BackupKey(Pbkdf2.derive(Pbkdf2.HMAC_SHA1, first, keybag.salt(), keybag.iterations(),
                    LENGTH));
        } finally {
            Arrays.fill(first, (byte) 0);
        }
    }

    /**
     * Reads a key written as 64 hex digits (upper or lower case), surrounding white space allowed, as
     * {@code extract-key} writes it. The message of the exception never repeats the content.
     *
     * @throws IllegalArgumentException when {@code hex} is not 64 hex digits
     */
    public static BackupKey fromHex(byte[] hex) {
        int start = 0;
        int end = hex.length;
        while (start < end && Character.isWhitespace(hex[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(hex[end - 1])) {
            end--;
        }
        if (end - start != 2 * LENGTH) {
            throw new IllegalArgumentException("a backup key is 64 hex digits, not " + (end - start)
                    + " characters");
        }
        byte[] key = new byte[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            int high = Character.digit(hex[start + 2 * i], 16);
            int low = Character.digit(hex[start + 2 * i + 1], 16);
            if (high < 0 || low < 0) {
                Arrays.fill(key, (byte) 0);
                throw new IllegalArgumentException("a backup key is 64 hex digits, and this one holds other "
                        + "characters");
            }
            key[i] = (byte) (high << 4 | low);
        }
        return new BackupKey(key);
    }

    /** The key as 64 lower-case hex digits. */
    public String toHex() {
        return HexFormat.of().formatHex(key);
    }

    /** Overwrites the key with zeros; the key is unusable afterwards. */
    public void destroy() {
        Arrays.fill(key, (byte) 0);
    }

    byte[] bytes() {
        return key;
    }
}
