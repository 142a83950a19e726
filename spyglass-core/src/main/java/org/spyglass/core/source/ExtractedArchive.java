package org.spyglass.core.source;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.spyglass.core.archive.ExtractionReport;
import org.spyglass.core.archive.Limits;
import org.spyglass.core.archive.NotAnArchiveException;
import org.spyglass.core.archive.SafeExtractor;
import org.spyglass.core.module.Warning;

/**
 * An evidence archive extracted with {@link SafeExtractor} into a private {@link Scratch} folder of its own, for a
 * {@link FolderSource} that reads the extraction while naming the archive as its evidence. The archive is only read,
 * and hashed whole while it is extracted; {@link #close()} removes the extraction. Thread-safe.
 */
public final class ExtractedArchive implements Closeable {
    private final Path archive;
    private final Scratch scratch;
    private final Path folder;
    private final String sha256;
    private final List<Warning> warnings;

    private ExtractedArchive(Path archive, Scratch scratch, Path folder, ExtractionReport report) {
        this.archive = archive;
        this.scratch = scratch;
        this.folder = folder;
        this.sha256 = report.sha256();
        this.warnings = report.warnings().stream()
                .map(w -> new Warning(Source.WARNING_MODULE, w.location(), w.message())).toList();
    }

    /**
     * Extracts {@code archive} (a real path) into a new scratch folder, which is removed again when the extraction
     * fails. Refused members and an early stop become {@link #warnings()}, not exceptions.
     *
     * @throws NotAnArchiveException when the file is not a zip, tar or tar.gz archive
     */
    public static ExtractedArchive extract(Path archive) throws IOException {
        return extract(archive, Limits.DEFAULT);
    }

    /**
     * {@link #extract(Path)} within other limits (an archive found inside the evidence, given a smaller share).
     *
     * @throws NotAnArchiveException when the file is not a zip, tar or tar.gz archive
     */
    public static ExtractedArchive extract(Path archive, Limits limits) throws IOException {
        Scratch scratch = Scratch.create(archive);
        try {
            Path into = Files.createDirectory(scratch.path().resolve("extracted"));
            return new ExtractedArchive(archive, scratch, into, SafeExtractor.extract(archive, into, limits));
        } catch (IOException | RuntimeException e) {
            scratch.close();
            throw e;
        }
    }

    /** The archive's SHA-256, computed while it was extracted. */
    public String sha256() {
        return sha256;
    }

    /** The archive as given. */
    public Path archive() {
        return archive;
    }

    /** The folder holding the extracted members (a real path). */
    public Path folder() {
        return folder;
    }

    /** What the extraction refused or why it stopped early, as warnings of {@link Source#WARNING_MODULE}. */
    public List<Warning> warnings() {
        return warnings;
    }

    /**
     * The hashes of files read from the extraction, renamed {@code archive!/member}, plus the archive's own hash.
     * Host paths outside the extraction keep their name.
     */
    public Map<String, String> hashes(Map<String, String> read) {
        return memberHashes(read, folder, archive, sha256);
    }

    /**
     * Names the hashes of files read from {@code folder} (where an archive's members were written)
     * {@code archive!/member}, keeps the other host paths as they are, and adds the archive's own hash.
     */
    public static Map<String, String> memberHashes(Map<String, String> read, Path folder, Path archive,
                                                   String archiveSha256) {
        Map<String, String> named = new TreeMap<>();
        read.forEach((host, hash) -> {
            Path path = Path.of(host);
            named.put(path.startsWith(folder)
                    ? archive + "!/" + folder.relativize(path).toString().replace('\\', '/') : host, hash);
        });
        named.put(archive.toString(), archiveSha256);
        return Map.copyOf(named);
    }

    /** Deletes the extraction. */
    @Override
    public void close() throws IOException {
        scratch.close();
    }
}
