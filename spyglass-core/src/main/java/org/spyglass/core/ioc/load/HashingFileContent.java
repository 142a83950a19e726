package org.spyglass.core.ioc.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file opened once per pass of {@link StixBundleReader}; the first pass also computes the file's SHA-256 (reading
 * to the end of the file on close, since a JSON parser may stop after the root object). Not thread-safe.
 */
final class HashingFileContent implements StixBundleReader.Content {
    private final Path file;
    private MessageDigest digest;
    private String sha256;

    HashingFileContent(Path file) {
        this.file = file;
    }

    @Override
    public InputStream open() throws IOException {
        InputStream in = Files.newInputStream(file);
        if (digest != null || sha256 != null) {
            return in;
        }
        digest = sha256Digest();
        return new FilterInputStream(new DigestInputStream(in, digest)) {
            private boolean closed;

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    transferTo(OutputStream.nullOutputStream());
                    sha256 = HexFormat.of().formatHex(digest.digest());
                } finally {
                    super.close();
                }
            }
        };
    }

    /** The hex SHA-256 of the whole file, known once the first stream was closed. */
    String sha256() {
        if (sha256 == null) {
            throw new IllegalStateException("the file was not read yet: " + file);
        }
        return sha256;
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
