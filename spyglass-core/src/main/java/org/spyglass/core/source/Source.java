package org.spyglass.core.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.spyglass.core.module.Warning;
import org.spyglass.core.progress.ProgressListener;

/**
 * A read-only view of one piece of evidence. Nothing is ever written inside the evidence folder: files that must
 * be copied (SQLite databases with their WAL, decrypted or extracted files) go to the private {@link #scratch()}
 * folder, which {@link #close()} removes.
 *
 * <p>Every file handed out through {@link #open} or {@link #localCopy} is hashed (SHA-256) and listed by
 * {@link #hashes()}. Implementations are thread-safe: modules run in parallel.
 */
public interface Source extends Closeable {
    /** The {@link Warning#module()} of the warnings a source reports about the evidence as a whole. */
    String WARNING_MODULE = "evidence";

    SourceKind kind();

    /** The evidence as given by the user (a folder or an archive). */
    Path root();

    /** Looks a file up by its absolute device path. */
    Optional<EvidenceFile> file(String devicePath);

    /**
     * Finds files by a device-path glob ({@code *} matches within one path component, {@code **} across
     * components), e.g. {@code /private/var/mobile/Library/Safari/Profiles/*}{@code /History.db}.
     */
    List<EvidenceFile> find(String devicePathGlob);

    /** Visits every file of the evidence, in no particular order, without keeping them all in memory. */
    void forEachFile(Consumer<EvidenceFile> visitor) throws IOException;

    /** Opens a file for reading; the caller closes the stream. The bytes read are hashed. */
    InputStream open(EvidenceFile file) throws IOException;

    /**
     * A path on local disk holding the file's content that the caller may read but must not modify. For a plain
     * folder source this may be the evidence file itself; never write to it.
     */
    Path localCopy(EvidenceFile file) throws IOException;

    /**
     * The times the evidence records for a file: for a backup those of Manifest.db, for a folder those of the
     * host file system. {@link FileTimes#UNKNOWN} when none is recorded.
     *
     * @throws IOException when the record of the times cannot be read
     */
    FileTimes times(EvidenceFile file) throws IOException;

    /**
     * Copies a file and the SQLite side files beside it ({@code -wal}, {@code -shm}, {@code -journal}) into the
     * scratch folder and returns the copy of the main file, so that SQLite can read the WAL without touching the
     * evidence.
     */
    Path sqliteCopy(EvidenceFile file) throws IOException;

    /**
     * Whether {@code copy}, a copy {@link #sqliteCopy} made, was found sound by SQLite's quick check before
     * ({@link #markSound}). Several modules read the same database (sms.db, DataUsage.sqlite, WhatsApp's
     * ChatStorage.sqlite) through the same copy, which does not change while the source is open, so it is checked once.
     */
    default boolean knownSound(Path copy) {
        return false;
    }

    /** Records that {@code copy}, a copy {@link #sqliteCopy} made, passed SQLite's quick check. */
    default void markSound(Path copy) {
    }

    /**
     * Hashes every file of the evidence as it is stored on the host, read or not: every regular file under the
     * evidence folder (links are not followed), or the archive itself; {@link #hashes()} then covers them all. A
     * file that cannot be read is reported to {@code problems} and skipped.
     *
     * @param cancelled checked between files; the walk stops when it returns true
     * @param progress  hears the files and bytes hashed out of the totals (task {@code "hashing"}); nothing is
     *                  reported when there is nothing to walk (an archive, hashed whole when it was read)
     */
    void hashEverything(BiConsumer<Path, IOException> problems, BooleanSupplier cancelled, ProgressListener progress)
            throws IOException;

    /** {@link #hashEverything(BiConsumer, BooleanSupplier, ProgressListener)} with nobody hearing the progress. */
    default void hashEverything(BiConsumer<Path, IOException> problems, BooleanSupplier cancelled)
            throws IOException {
        hashEverything(problems, cancelled, ProgressListener.NONE);
    }

    /**
     * How many bytes the file takes in the evidence, read from its metadata only (nothing is opened or hashed); 0 when
     * unknown. The engine starts the modules with the most to read first, so that a big one does not start last.
     */
    default long sizeHint(EvidenceFile file) {
        return 0;
    }

    /** A private folder for this run's scratch files, deleted by {@link #close()}. */
    Path scratch() throws IOException;

    /** SHA-256 (hex) of every evidence file handed out so far, by the path on the host where it was read. */
    Map<String, String> hashes();

    /** Facts about the device and the acquisition for the summary (model, OS version, date, …). */
    Map<String, String> deviceInfo();

    /**
     * Problems met while opening the evidence that did not stop it (archive members refused, a truncated archive),
     * with {@link #WARNING_MODULE} as their module; the run adds them to its warnings. None by default.
     */
    default List<Warning> warnings() {
        return List.of();
    }
}
