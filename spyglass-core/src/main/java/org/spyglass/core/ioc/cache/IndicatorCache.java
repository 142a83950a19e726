package org.spyglass.core.ioc.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.spyglass.core.ioc.match.IndicatorSet;
import org.spyglass.core.module.Warning;
import org.spyglass.core.output.OutputFormat;

/**
 * A folder of compiled indicator sets, one file per key ({@link #key}: the SHA-256 of what was loaded, the cache
 * format and the Spyglass version). A file is written whole under a temporary name and renamed into place, and only
 * the {@value #KEEP} most recently used files are kept. A file is used only when its header names this format,
 * version and key and its CRC32C matches ({@link CacheFile}); anything else is a miss with the reason, never an
 * error. Safe for several processes sharing the folder.
 */
public final class IndicatorCache {
    /** The environment variable naming the cache folder. */
    public static final String FOLDER_VARIABLE = "SPYGLASS_CACHE_DIR";
    /** How many cache files are kept. */
    public static final int KEEP = 4;
    static final String SUFFIX = ".indicators";
    private static final String TEMP_PREFIX = ".tmp-";
    private static final long STALE_TEMP_MILLIS = 24L * 60 * 60 * 1000;

    private final Path folder;
    private final Clock clock;

    /**
     * One lookup's outcome.
     *
     * @param cached  the set, or null on a miss
     * @param problem why a cache file that existed was not used (damaged, foreign), or null
     */
    public record Lookup(Cached cached, String problem) {
    }

    /**
     * A set read from the cache.
     *
     * @param indicators the set
     * @param warnings   the warnings its loading gave when it was built
     * @param file       the cache file
     */
    public record Cached(IndicatorSet indicators, List<Warning> warnings, Path file) {
        public Cached {
            Objects.requireNonNull(indicators, "indicators");
            warnings = List.copyOf(warnings);
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * A set compiled ahead of time and read from memory (such as one shipped on the class path).
     *
     * @param indicators the set
     * @param warnings   the warnings its loading gave when it was compiled
     */
    public record Compiled(IndicatorSet indicators, List<Warning> warnings) {
        public Compiled {
            Objects.requireNonNull(indicators, "indicators");
            warnings = List.copyOf(warnings);
        }
    }

    public IndicatorCache(Path folder) {
        this(folder, Clock.systemUTC());
    }

    IndicatorCache(Path folder, Clock clock) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.clock = clock;
    }

    /**
     * {@code $SPYGLASS_CACHE_DIR}, else {@code $XDG_CACHE_HOME/spyglass/indicators}, else
     * {@code ~/.cache/spyglass/indicators}.
     */
    public static Path defaultFolder(Map<String, String> env) {
        String own = env.get(FOLDER_VARIABLE);
        if (own != null && !own.isBlank()) {
            return Path.of(own.strip());
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg.strip())
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".cache");
        return base.resolve("spyglass").resolve("indicators");
    }

    /**
     * The key of a set loaded from {@code sources}, in order: each names one file as its loader saw it (feed, name,
     * how it was read, content SHA-256), so that the same files give the same key and any change gives another.
     */
    public static String key(List<String> sources) {
        MessageDigest digest = sha256();
        update(digest, "spyglass indicator cache format " + CacheFile.FORMAT);
        update(digest, OutputFormat.spyglassVersion());
        for (String source : sources) {
            update(digest, source);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public Path folder() {
        return folder;
    }

    /** The file that holds (or would hold) the set of {@code key}. */
    public Path file(String key) {
        return folder.resolve(key + SUFFIX);
    }

    /** Reads the set of {@code key}; a hit marks the file as recently used. */
    public Lookup read(String key) {
        Lookup lookup = peek(key);
        if (lookup.cached() != null) {
            markUsed(lookup.cached());
        }
        return lookup;
    }

    /**
     * The key of the most recently used cache file, or null when there is none: the set that a run over the same
     * feeds as the last one wants, which it may start reading (with {@link #peek}) before its own key is known.
     */
    public String newestKey() {
        List<Path> files = cacheFiles();
        return files.isEmpty() ? null : keyOf(files.get(0));
    }

    /** Reads the set of {@code key} as {@link #read} does, without marking the file as used. */
    public Lookup peek(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return new Lookup(null, null);
        }
        try {
            CacheFile.Content content = CacheFile.read(file, key);
            return new Lookup(new Cached(content.indicators(), content.warnings(), file), null);
        } catch (NoSuchFileException e) {
            return new Lookup(null, null);
        } catch (IOException | RuntimeException e) {
            return new Lookup(null, "the indicator cache file " + file + " was not used (" + e.getMessage()
                    + "); the indicators were parsed again");
        }
    }

    /**
     * Writes the set of {@code key} atomically, then removes all but the {@value #KEEP} most recently used files.
     *
     * @throws IOException when the folder or the file cannot be written (the caller goes on without the cache)
     */
    public Path write(String key, IndicatorSet indicators, List<Warning> warnings) throws IOException {
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, TEMP_PREFIX, SUFFIX);
        Path file = file(key);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                CacheFile.write(out, key, indicators, warnings);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        prune();
        return file;
    }

    /**
     * Writes the set of {@code key} to {@code out} in the layout of a cache file, for a set compiled ahead of time and
     * read back with {@link #readCompiled}.
     */
    public static void writeCompiled(OutputStream out, String key, IndicatorSet indicators, List<Warning> warnings)
            throws IOException {
        CacheFile.write(out, key, indicators, warnings);
    }

    /**
     * Reads a whole cache file held in memory, with the same header and CRC32C checks as {@link #read}.
     *
     * @return the set, or null when the file is sound but was made for another key, cache format or Spyglass version
     * @throws IOException when the bytes are not a cache file, or are truncated or damaged (the message says which)
     */
    public static Compiled readCompiled(byte[] file, String key) throws IOException {
        try {
            CacheFile.Content content = CacheFile.read(file, key);
            return content == null ? null : new Compiled(content.indicators(), content.warnings());
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Marks a set read with {@link #peek} as used now, so that pruning keeps it; false when that failed (a read-only
     * cache still serves, it only cannot tell which file was used last).
     */
    public boolean markUsed(Cached cached) {
        try {
            Files.setLastModifiedTime(cached.file(), FileTime.from(clock.instant()));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Keeps the {@value #KEEP} newest cache files, and removes temporary files a crashed run left a day ago. */
    private void prune() throws IOException {
        long now = clock.millis();
        List<Path> files = new ArrayList<>();
        try (var listing = Files.list(folder)) {
            for (Path path : (Iterable<Path>) listing::iterator) {
                String name = path.getFileName().toString();
                if (name.startsWith(TEMP_PREFIX)) {
                    if (now - modified(path) > STALE_TEMP_MILLIS) {
                        Files.deleteIfExists(path);
                    }
                } else if (name.endsWith(SUFFIX)) {
                    files.add(path);
                }
            }
        }
        sortByUse(files);
        for (Path stale : files.subList(Math.min(KEEP, files.size()), files.size())) {
            Files.deleteIfExists(stale);
        }
    }

    /** The cache files of the folder, the most recently used first; none when the folder cannot be listed. */
    private List<Path> cacheFiles() {
        List<Path> files = new ArrayList<>();
        try (var listing = Files.list(folder)) {
            for (Path path : (Iterable<Path>) listing::iterator) {
                String name = path.getFileName().toString();
                if (!name.startsWith(TEMP_PREFIX) && name.endsWith(SUFFIX)) {
                    files.add(path);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        sortByUse(files);
        return files;
    }

    private static void sortByUse(List<Path> files) {
        files.sort((a, b) -> Long.compare(modified(b), modified(a)));
    }

    private static String keyOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
            (byte) (bytes.length >>> 8), (byte) bytes.length});
        digest.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
