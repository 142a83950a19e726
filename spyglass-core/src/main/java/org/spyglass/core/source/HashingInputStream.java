package org.spyglass.core.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Computes the SHA-256 of everything read through it and reports the hex digest once the whole stream was seen.
 * Closing it before the end reads the rest first, so the digest always covers the whole file. Not thread-safe.
 */
final class HashingInputStream extends FilterInputStream {
    private final MessageDigest digest;
    private final Consumer<String> onComplete;
    private boolean reported;

    HashingInputStream(InputStream in, Consumer<String> onComplete) {
        super(in);
        this.digest = sha256();
        this.onComplete = onComplete;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            report();
        } else {
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            report();
        } else {
            digest.update(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() throws IOException {
        try {
            if (!reported) {
                byte[] buffer = new byte[65536];
                while (read(buffer, 0, buffer.length) >= 0) {
                    // reads the rest so that the digest covers the whole file
                }
            }
        } finally {
            in.close();
        }
    }

    private void report() {
        if (!reported) {
            reported = true;
            onComplete.accept(HexFormat.of().formatHex(digest.digest()));
        }
    }
}
