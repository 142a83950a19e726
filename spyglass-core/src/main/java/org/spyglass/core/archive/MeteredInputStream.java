package org.spyglass.core.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and hashes (SHA-256) the raw archive bytes as the decompressor reads them. Closing it leaves the file open,
 * so that {@link #finish()} can read the rest after the decompressor is closed; the caller closes the file. Not
 * thread-safe.
 */
final class MeteredInputStream extends FilterInputStream {
    private final MessageDigest digest;
    private long count;

    MeteredInputStream(InputStream in) {
        super(in);
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            digest.update((byte) b);
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            digest.update(buffer, offset, n);
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        int read = read(new byte[(int) Math.min(n, 8192)]);
        return Math.max(read, 0);
    }

    @Override
    public void close() {
        // the caller closes the file after finish()
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The raw bytes read so far. */
    long count() {
        return count;
    }

    /** Reads the rest of the file (without decompressing it) and returns the SHA-256 of the whole file. */
    String finish() throws IOException {
        transferTo(OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(digest.digest());
    }
}
