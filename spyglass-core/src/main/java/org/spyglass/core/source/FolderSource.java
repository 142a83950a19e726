package org.spyglass.core.source;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.spyglass.core.module.Warning;
import org.spyglass.core.progress.ProgressListener;

/**
 * The common part of every source whose evidence is a folder on the host: it opens evidence files for reading only,
 * hashes them (SHA-256, once per file, while they are read or copied), copies SQLite databases with their side files
 * into a private {@link Scratch} folder, and deletes that folder on {@link #close()}.
 *
 * <p>A subclass maps its {@link EvidenceFile}s to host files with {@link #hostPath} and implements the look-ups.
 * Every host path is checked to lie inside the folder given to the constructor (after resolving links) before it
 * is opened, and nothing
 * under the root is ever opened with a write option. Thread-safe.
 */
public abstract class FolderSource implements Source {
    /** The side files SQLite may keep beside a database. */
    public static final List<String> SQLITE_SIDE_SUFFIXES = List.of("-wal", "-shm", "-journal");
    private static final int COPY_CHUNK = 1 << 16;

    private final SourceKind kind;
    private final Path root;
    private final Path evidence;
    private final ExtractedArchive extraction;
    private final ConcurrentMap<String, String> hashes = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Path> sqliteCopies = new ConcurrentHashMap<>();
    private final Set<Path> soundCopies = ConcurrentHashMap.newKeySet();
    private final AtomicLong copies = new AtomicLong();
    private final Object scratchLock = new Object();
    private Scratch scratch;
    private boolean closed;

    /**
     * @param root the evidence folder; it must exist
     */
    protected FolderSource(SourceKind kind, Path root) throws IOException {
        this(kind, root, root.toRealPath(), null);
    }

    /**
     * A source over a folder that may be an archive's extraction: {@link #root()} then names the archive as given,
     * {@link #hashes()} names the files read {@code archive!/member} beside the archive's own hash, the archive
     * counts as hashed whole for {@link #hashEverything}, its refusals are {@link #warnings()}, and
     * {@link #close()} removes the extraction.
     *
     * @param folder     the folder read (the evidence folder, or the extraction's); it must exist
     * @param evidence   the evidence as the user gave it (the folder, or the archive)
     * @param extraction the archive's extraction, or null for a plain folder
     */
    protected FolderSource(SourceKind kind, Path folder, Path evidence, ExtractedArchive extraction)
            throws IOException {
        this.kind = kind;
        this.root = folder.toRealPath();
        this.evidence = evidence;
        this.extraction = extraction;
    }

    /**
     * Where the file's bytes lie on the host. The path need not exist (a file listed but missing), but it must be
     * inside the evidence folder.
     */
    protected abstract Path hostPath(EvidenceFile file) throws IOException;

    @Override
    public final SourceKind kind() {
        return kind;
    }

    /** The evidence as given: the folder, or the archive whose extraction is read. */
    @Override
    public final Path root() {
        return evidence;
    }

    /** The folder actually read: the evidence folder, or an archive's extraction in scratch. */
    protected final Path folder() {
        return root;
    }

    /** True when the evidence is an archive read through its extraction. */
    protected final boolean extracted() {
        return extraction != null;
    }

    @Override
    public InputStream open(EvidenceFile file) throws IOException {
        return openHost(hostPath(file), file.devicePath());
    }

    /**
     * Hashes what is read through {@code in} as the file {@code name} of {@link #hashes()}: its host path, or, for a
     * file of the evidence that has none of its own, a name such as {@code zip!/member}. A name already hashed is not
     * hashed again.
     */
    protected final InputStream hashedAs(InputStream in, String name) {
        if (hashes.containsKey(name)) {
            return in;
        }
        return new HashingInputStream(in, digest -> hashes.putIfAbsent(name, digest));
    }

    /**
     * Opens a host file inside the evidence folder for reading and hashes it, like {@link #open}; for files that belong
     * to the evidence container rather than the device (a backup's {@code Manifest.db}, {@code Info.plist}).
     *
     * @param label what the file is, for error messages (a device path or a file name)
     */
    protected final InputStream openHost(Path hostPath, String label) throws IOException {
        Path host = readable(hostPath, label);
        return hashedAs(Files.newInputStream(host, StandardOpenOption.READ), host.toString());
    }

    /**
     * The modification time of the host file, which a careful copy (tar, {@code cp -p}) keeps from the device. The
     * host's status-change and creation times are those of the copy, not of the device, so they are not reported.
     */
    @Override
    public FileTimes times(EvidenceFile file) throws IOException {
        Path host = readable(hostPath(file), file.devicePath());
        return new FileTimes(Files.getLastModifiedTime(host, LinkOption.NOFOLLOW_LINKS).toInstant(), null, null);
    }

    @Override
    public long sizeHint(EvidenceFile file) {
        try {
            Path host = hostPath(file);
            return Files.isRegularFile(host, LinkOption.NOFOLLOW_LINKS) ? Files.size(host) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Copies the file into the scratch folder (hashing it) and returns the copy. */
    @Override
    public Path localCopy(EvidenceFile file) throws IOException {
        Path folder = newScratchFolder("files");
        Path copy = folder.resolve(safeName(file.name()));
        copyInto(file, copy);
        return copy;
    }

    @Override
    public Path sqliteCopy(EvidenceFile file) throws IOException {
        try {
            return sqliteCopies.computeIfAbsent(file.devicePath(), devicePath -> {
                try {
                    return copyDatabase(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public Path scratch() throws IOException {
        synchronized (scratchLock) {
            if (closed) {
                throw new IllegalStateException("the source is closed: " + root);
            }
            if (scratch == null) {
                scratch = Scratch.create(root);
            }
            return scratch.path();
        }
    }

    @Override
    public boolean knownSound(Path copy) {
        return soundCopies.contains(copy);
    }

    @Override
    public void markSound(Path copy) {
        soundCopies.add(copy);
    }

    /**
     * The hashes so far, sorted by host path; for an archive, the files read are named {@code archive!/member} and the
     * archive's own hash is added.
     */
    @Override
    public Map<String, String> hashes() {
        Map<String, String> read = Map.copyOf(new TreeMap<>(hashes));
        return extraction == null ? read : extraction.hashes(read);
    }

    /** For an archive, the archive itself was hashed whole when it was extracted; a folder is walked. */
    @Override
    public void hashEverything(BiConsumer<Path, IOException> problems, BooleanSupplier cancelled,
                               ProgressListener progress) throws IOException {
        if (extraction != null) {
            return;
        }
        FolderHasher.hashAll(root, hashes, problems, cancelled, progress);
    }

    /** For an archive, what its extraction refused or why it stopped early; nothing for a folder. */
    @Override
    public List<Warning> warnings() {
        return extraction == null ? List.of() : extraction.warnings();
    }

    /**
     * Deletes the scratch folder and an archive's extraction. Subclasses that hold open resources close them first,
     * then call this.
     */
    @Override
    public void close() throws IOException {
        try {
            synchronized (scratchLock) {
                closed = true;
                if (scratch != null) {
                    scratch.close();
                    scratch = null;
                }
            }
        } finally {
            if (extraction != null) {
                extraction.close();
            }
        }
    }

    /** A new, empty folder inside the scratch folder. */
    protected final Path newScratchFolder(String purpose) throws IOException {
        Path folder = scratch().resolve(purpose).resolve(Long.toString(copies.incrementAndGet()));
        Files.createDirectories(folder);
        return folder;
    }

    private Path copyDatabase(EvidenceFile file) throws IOException {
        Path folder = newScratchFolder("sqlite");
        String name = safeName(file.name());
        Path copy = folder.resolve(name);
        copyInto(file, copy);
        for (String suffix : SQLITE_SIDE_SUFFIXES) {
            Optional<EvidenceFile> side = file(file.devicePath() + suffix);
            if (side.isPresent() && Files.isRegularFile(hostPath(side.get()), LinkOption.NOFOLLOW_LINKS)) {
                copyInto(side.get(), folder.resolve(name + suffix));
            }
        }
        return copy;
    }

    private void copyInto(EvidenceFile file, Path target) throws IOException {
        try (InputStream in = open(file)) {
            copy(in, target);
        }
    }

    /**
     * Writes the stream to a new file in chunks of {@value #COPY_CHUNK} bytes ({@link Files#copy(InputStream, Path)}
     * moves 8 KB at a time: on a 200 MB database that is a third more processor time in system calls).
     */
    private static void copy(InputStream in, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            byte[] chunk = new byte[COPY_CHUNK];
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                out.write(chunk, 0, n);
            }
        }
    }

    /**
     * Copies a host database inside the evidence folder and the side files beside it into a new scratch folder, hashing
     * them, and returns the copy of the database; for container files such as a backup's {@code Manifest.db}.
     */
    protected final Path sqliteCopyHost(Path hostDatabase) throws IOException {
        Path folder = newScratchFolder("sqlite");
        String name = safeName(hostDatabase.getFileName().toString());
        Path copy = folder.resolve(name);
        try (InputStream in = openHost(hostDatabase, name)) {
            copy(in, copy);
        }
        for (String suffix : SQLITE_SIDE_SUFFIXES) {
            Path side = hostDatabase.resolveSibling(hostDatabase.getFileName() + suffix);
            if (Files.isRegularFile(side, LinkOption.NOFOLLOW_LINKS)) {
                try (InputStream in = openHost(side, name + suffix)) {
                    copy(in, folder.resolve(name + suffix));
                }
            }
        }
        return copy;
    }

    private Path readable(Path hostPath, String label) throws IOException {
        Path host = hostPath.toAbsolutePath().normalize();
        if (!host.startsWith(root)) {
            throw new IOException("Refusing to read " + host + " for " + label + ": it lies outside the "
                    + "evidence folder " + root);
        }
        if (!Files.exists(host, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileNotFoundException(label + " is listed in the evidence but its content is "
                    + "missing: " + host + " does not exist");
        }
        if (!host.toRealPath().startsWith(root)) {
            throw new IOException("Refusing to follow the link " + host + " for " + label
                    + ": it points outside the evidence folder " + root);
        }
        if (!Files.isRegularFile(host)) {
            throw new FileNotFoundException(label + " is not a regular file in the evidence: " + host);
        }
        return host;
    }

    /** A file name safe to create in scratch, whatever the device path's last component holds. */
    static String safeName(String name) {
        String cleaned = name.replaceAll("[\\\\/\\x00-\\x1f:]", "_");
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            return "file";
        }
        return cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned;
    }

    /**
     * The regular files under {@code folder}, links not followed, as paths relative to it with {@code /} separators,
     * sorted: what a folder-or-archive source lists once when it opens.
     */
    protected static List<String> regularFiles(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
