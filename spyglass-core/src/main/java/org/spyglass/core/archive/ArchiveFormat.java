package org.spyglass.core.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarUtils;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** The archive formats {@link SafeExtractor} reads, recognised by their first bytes, never by the file's name. */
public enum ArchiveFormat {
    ZIP,
    TAR,
    /** A tar archive compressed with gzip ({@code .tar.gz}, {@code .tgz}). */
    TAR_GZIP;

    private static final int TAR_HEADER = 512;

    /**
     * The format of the file, read from its first bytes: a zip local-file or end-of-directory signature, a tar
     * header (the {@code ustar} magic or a valid header checksum), or gzip whose decompressed start is a tar header.
     * Empty when it is none of these (a plain gzip file, a text file, an empty file).
     *
     * @throws IOException when the file cannot be read
     */
    public static Optional<ArchiveFormat> detect(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(TAR_HEADER);
        }
        if (ZipArchiveInputStream.matches(start, start.length)) {
            return Optional.of(ZIP);
        }
        if (GzipCompressorInputStream.matches(start, start.length)) {
            return gzipHoldsTar(file) ? Optional.of(TAR_GZIP) : Optional.empty();
        }
        return isTarHeader(start) ? Optional.of(TAR) : Optional.empty();
    }

    private static boolean gzipHoldsTar(Path file) {
        try (InputStream in = new GzipCompressorInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return isTarHeader(in.readNBytes(TAR_HEADER));
        } catch (IOException notGzip) {
            return false;
        }
    }

    private static boolean isTarHeader(byte[] header) {
        if (header.length < TAR_HEADER) {
            return false;
        }
        try {
            return TarArchiveInputStream.matches(header, header.length) || TarUtils.verifyCheckSum(header);
        } catch (IllegalArgumentException notOctal) {
            return false;
        }
    }
}
