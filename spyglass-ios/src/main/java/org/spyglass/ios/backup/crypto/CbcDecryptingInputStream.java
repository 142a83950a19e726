package org.spyglass.ios.backup.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Decrypts AES-256-CBC with a zero IV, as iOS encrypts backup files, while it is read, and stops at the size the
 * backup records (which drops the padding, whatever it holds). A stream that ends before that size, or that is not a
 * whole number of AES blocks when no size is known, is reported as truncated at its end. Closing it closes the
 * encrypted stream. Not thread-safe.
 */
final class CbcDecryptingInputStream extends InputStream {
    private static final int BLOCK = 16;
    private static final byte[] ZERO_IV = new byte[BLOCK];

    private final InputStream in;
    private final Cipher cipher;
    private final long size;
    private final String label;
    private final byte[] encrypted = new byte[1 << 16];
    private final byte[] plain = new byte[(1 << 16) + 2 * BLOCK];
    private int position;
    private int limit;
    private long produced;
    private long consumed;
    private boolean ended;

    /**
     * @param key   the 32-byte file key; the cipher keeps its own copy
     * @param size  the plaintext size to stop at, or -1 to decrypt every whole block
     * @param label what the stream holds, for messages
     */
    CbcDecryptingInputStream(InputStream in, byte[] key, long size, String label) throws IOException {
        this.in = in;
        this.size = size;
        this.label = label;
        try {
            cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(ZERO_IV));
        } catch (GeneralSecurityException e) {
            throw new IOException(label + " cannot be decrypted: its key is not an AES key (" + e.getMessage()
                    + ")", e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == limit) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, limit - position);
        System.arraycopy(plain, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        Arrays.fill(plain, (byte) 0);
        in.close();
    }

    private boolean fill() throws IOException {
        if (ended || (size >= 0 && produced == size)) {
            return false;
        }
        int n = in.read(encrypted, 0, encrypted.length);
        if (n < 0) {
            ended = true;
            if (size >= 0) {
                throw new IOException(label + " is truncated: the backup records " + size + " bytes, but only "
                        + produced + " could be decrypted from the " + consumed + " stored");
            }
            if (consumed % BLOCK != 0) {
                throw new IOException(label + " is truncated: its " + consumed + " stored bytes are not a whole "
                        + "number of AES blocks");
            }
            return false;
        }
        consumed += n;
        try {
            limit = cipher.update(encrypted, 0, n, plain, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException("the buffer holds every block of one read", e);
        }
        if (size >= 0 && produced + limit > size) {
            limit = (int) (size - produced);
        }
        position = 0;
        produced += limit;
        return true;
    }
}
