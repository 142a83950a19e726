package org.spyglass.core.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Extracts a zip, tar or tar.gz archive, treated as hostile, into a folder the caller owns (a private scratch
 * folder, never next to the evidence). The archive is read once, as a stream, and only read.
 *
 * <ul>
 *   <li>No member lands outside {@code into}: absolute names, drive letters, {@code ..} components, backslashes
 *   and control characters are refused ({@link Refusal#UNSAFE_NAME}), and each file's folder is checked to lie
 *   inside {@code into} after resolving links.</li>
 *   <li>Symbolic and hard links, devices and FIFOs are never created ({@link Refusal#LINK},
 *   {@link Refusal#SPECIAL_FILE}); files are created new, never overwritten ({@link Refusal#DUPLICATE}); no
 *   permission bit of the archive is applied. Only the modification time is kept.</li>
 *   <li>{@link Limits} bound the bytes written, the members read and the compression ratio; extraction stops at
 *   the first bound reached and deletes the member it was writing.</li>
 *   <li>A truncated or corrupt archive yields the members read before the damage, the last one possibly cut short,
 *   and {@link Stop#TRUNCATED}.</li>
 *   <li>Archives inside the archive are extracted as plain files, never opened.</li>
 * </ul>
 *
 * <p>Refusals and the stop reason come back in the {@link ExtractionReport} as a few counted warnings, never as
 * exceptions. Stateless and thread-safe; one call extracts one archive.
 */
public final class SafeExtractor {
    private static final int BUFFER = 64 * 1024;

    private SafeExtractor() {
    }

    /**
     * Extracts {@code archive} into {@code into}.
     *
     * @param archive the archive; its format is detected from its content ({@link ArchiveFormat#detect})
     * @param into    an existing folder, normally empty, that receives the members
     * @param limits  the bounds (see {@link Limits#DEFAULT})
     * @return what was extracted, refused, and why it stopped early if it did
     * @throws NotAnArchiveException when the file is not a zip, tar or tar.gz archive
     * @throws IOException           when the archive cannot be opened or {@code into} is not a folder
     */
    public static ExtractionReport extract(Path archive, Path into, Limits limits) throws IOException {
        ArchiveFormat format = ArchiveFormat.detect(archive).orElseThrow(() -> new NotAnArchiveException(archive));
        Path target = into.toRealPath();
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("Cannot extract " + archive + ": " + into + " is not a folder");
        }
        try (InputStream file = Files.newInputStream(archive)) {
            MeteredInputStream raw = new MeteredInputStream(file);
            Run run = new Run(archive, target, limits, raw);
            try (ArchiveInputStream<?> in = open(format, new BufferedInputStream(raw, BUFFER))) {
                run.readAll(in);
            } catch (IOException | RuntimeException e) {
                run.truncated("the archive cannot be read past its start", e);
            }
            String sha256 = raw.finish();
            if (format == ArchiveFormat.ZIP) {
                run.dropLinks(ZipLinks.names(archive));
            }
            List<ExtractionWarning> warnings = new ArrayList<>(run.refusals.warnings(archive.toString()));
            if (run.stopWarning != null) {
                warnings.add(run.stopWarning);
            }
            return new ExtractionReport(format, sha256, raw.count(), run.files, run.directories, run.bytes,
                    run.refusals.counts(), run.stop, warnings);
        }
    }

    private static ArchiveInputStream<?> open(ArchiveFormat format, InputStream in) throws IOException {
        return switch (format) {
            case ZIP -> new ZipMembers(in);
            case TAR -> new TarArchiveInputStream(in);
            case TAR_GZIP -> new TarArchiveInputStream(GzipCompressorInputStream.builder().setInputStream(in)
                    .setDecompressConcatenated(true).get());
        };
    }

    /**
     * The zip reader, for the compression methods commons-compress reads by itself (stored, deflated, deflate64, bzip2,
     * imploded, shrunk). Zstandard and XZ members would need libraries Spyglass does not ship: commons-compress fails
     * on them with a NoClassDefFoundError (Zstandard) or a NullPointerException (XZ), so they are refused as
     * unreadable, as encrypted members are, and the members after them are read.
     */
    private static final class ZipMembers extends ZipArchiveInputStream {
        private static final Set<Integer> NEEDS_A_LIBRARY = Set.of(ZipMethod.ZSTD.getCode(),
                ZipMethod.ZSTD_DEPRECATED.getCode(), ZipMethod.XZ.getCode());

        ZipMembers(InputStream in) {
            super(in, "UTF-8", true, true);
        }

        /** The member's bytes as stored: never decompressed, since {@link #canReadEntryData} refuses the member. */
        @Override
        protected InputStream createZstdInputStream(InputStream in) {
            return in;
        }

        @Override
        public boolean canReadEntryData(ArchiveEntry entry) {
            return super.canReadEntryData(entry)
                    && !(entry instanceof ZipArchiveEntry zip && NEEDS_A_LIBRARY.contains(zip.getMethod()));
        }
    }

    /** The state of one extraction. */
    private static final class Run {
        private final Path archive;
        private final Path target;
        private final Limits limits;
        private final MeteredInputStream raw;
        private final Refusals refusals = new Refusals();
        private final byte[] buffer = new byte[BUFFER];
        private long entries;
        private long files;
        private long directories;
        private long bytes;
        private Stop stop;
        private ExtractionWarning stopWarning;

        Run(Path archive, Path target, Limits limits, MeteredInputStream raw) {
            this.archive = archive;
            this.target = target;
            this.limits = limits;
            this.raw = raw;
        }

        void readAll(ArchiveInputStream<?> in) {
            while (stop == null) {
                ArchiveEntry entry;
                try {
                    entry = in.getNextEntry();
                } catch (IOException | RuntimeException e) {
                    // commons-compress reports some damage with runtime exceptions: corrupt tar headers as
                    // IllegalArgumentException, a zip member it cannot skip as NullPointerException (found by fuzzing)
                    truncated("the archive ends early or is corrupt after " + entries + " member(s)", e);
                    return;
                }
                if (entry == null) {
                    return;
                }
                if (++entries > limits.maxEntries()) {
                    stop(Stop.TOO_MANY_ENTRIES, "extraction stopped after " + limits.maxEntries()
                            + " members, the most allowed; the rest of the archive was not extracted");
                    return;
                }
                extractOne(in, entry);
            }
        }

        private void extractOne(ArchiveInputStream<?> in, ArchiveEntry entry) {
            String name = entry.getName();
            Refusal kind = refusedKind(entry);
            if (kind != null) {
                refusals.add(kind, name);
                return;
            }
            String relative = EntryNames.relative(name).orElse(null);
            if (relative == null || (relative.isEmpty() && !entry.isDirectory())) {
                refusals.add(Refusal.UNSAFE_NAME, name);
                return;
            }
            if (!in.canReadEntryData(entry)) {
                refusals.add(Refusal.UNREADABLE, name);
                return;
            }
            Path path = target.resolve(relative).normalize();
            try {
                if (!path.startsWith(target)) {
                    refusals.add(Refusal.UNSAFE_NAME, name);
                } else if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    directories++;
                } else {
                    writeFile(in, entry, path);
                }
            } catch (FileAlreadyExistsException e) {
                refusals.add(Refusal.DUPLICATE, name);
            } catch (IOException e) {
                refusals.add(Refusal.UNWRITABLE, name);
            }
        }

        private static Refusal refusedKind(ArchiveEntry entry) {
            if (entry instanceof TarArchiveEntry tar) {
                if (tar.isSymbolicLink() || tar.isLink()) {
                    return Refusal.LINK;
                }
                if (tar.isCharacterDevice() || tar.isBlockDevice() || tar.isFIFO()) {
                    return Refusal.SPECIAL_FILE;
                }
            } else if (entry instanceof ZipArchiveEntry zip && zip.isUnixSymlink()) {
                return Refusal.LINK;
            }
            return null;
        }

        private void writeFile(ArchiveInputStream<?> in, ArchiveEntry entry, Path path) throws IOException {
            Path parent = path.getParent();
            Files.createDirectories(parent);
            if (!parent.toRealPath().startsWith(target)) {
                throw new IOException("the folder of " + path + " leaves the extraction folder");
            }
            OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            boolean complete = false;
            try (out) {
                complete = copy(in, out, entry.getName());
            } finally {
                if (complete || stop == Stop.TRUNCATED) {
                    files++;
                } else {
                    Files.deleteIfExists(path);
                }
            }
            Date modified = entry.getLastModifiedDate();
            if (modified != null && complete) {
                Files.setLastModifiedTime(path, FileTime.fromMillis(modified.getTime()));
            }
        }

        /** Copies one member within the limits; false when it was cut short (limits or truncation). */
        private boolean copy(ArchiveInputStream<?> in, OutputStream out, String name) throws IOException {
            long written = 0;
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException | RuntimeException e) {
                    truncated("the archive ends early or is corrupt inside the member " + Refusals.shown(name)
                            + "; its first " + written + " bytes were kept", e);
                    return false;
                }
                if (n < 0) {
                    return true;
                }
                if (bytes + n > limits.maxBytes()) {
                    stop(Stop.TOO_LARGE, "extraction stopped at " + bytes + " bytes, the most allowed is "
                            + limits.maxBytes() + "; the member " + Refusals.shown(name) + " and the rest of the "
                            + "archive were not extracted");
                    return false;
                }
                out.write(buffer, 0, n);
                written += n;
                bytes += n;
                if (bytes > limits.ratioFloorBytes() && bytes / Math.max(1, raw.count()) > limits.maxRatio()) {
                    stop(Stop.COMPRESSION_RATIO, String.format(Locale.ROOT, "extraction stopped: %d bytes came "
                            + "out of %d archive bytes, more than %d times as many, as in a zip bomb; the member "
                            + "%s and the rest of the archive were not extracted", bytes, raw.count(),
                            limits.maxRatio(), Refusals.shown(name)));
                    return false;
                }
            }
        }

        /** Deletes the plain files a streamed zip wrote for its symbolic links, and counts them as refused. */
        void dropLinks(List<String> names) throws IOException {
            for (String name : names) {
                String relative = EntryNames.relative(name).orElse(null);
                Path path = relative == null ? null : target.resolve(relative).normalize();
                if (path != null && path.startsWith(target) && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    bytes -= Files.size(path);
                    files--;
                    Files.delete(path);
                    refusals.add(Refusal.LINK, name);
                }
            }
        }

        void truncated(String what, Exception cause) {
            String why = (cause instanceof IOException || cause instanceof IllegalArgumentException)
                    && cause.getMessage() != null ? cause.getMessage()
                    : "the zip or tar reader failed on it: " + cause.getClass().getSimpleName();
            stop(Stop.TRUNCATED, what + " (" + why + "); the members read before were kept");
        }

        private void stop(Stop reason, String message) {
            stop = reason;
            stopWarning = new ExtractionWarning(archive.toString(), message);
        }
    }
}
