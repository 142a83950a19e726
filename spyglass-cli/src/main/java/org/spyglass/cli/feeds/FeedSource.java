package org.spyglass.cli.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.load.IndicatorFileLoader;

/**
 * One indicator file a run loads: a bundled feed (its bytes read when planned), a file found by walking a folder
 * (skipped with a warning when unusable), or a file the user named (the run stops when it is unusable).
 */
final class FeedSource {
    private enum Kind { BUNDLED, FOUND, NAMED }

    private final Kind kind;
    private final String feed;
    private final Path path;
    private final BundledFeeds.Entry entry;
    private final byte[] content;
    private String sha256;

    private FeedSource(Kind kind, String feed, Path path, BundledFeeds.Entry entry, byte[] content) {
        this.kind = kind;
        this.feed = feed;
        this.path = path;
        this.entry = entry;
        this.content = content;
    }

    static FeedSource bundled(BundledFeeds.Entry entry) {
        return new FeedSource(Kind.BUNDLED, entry.feed(), null, entry, BundledFeeds.read(entry));
    }

    static FeedSource found(String feed, Path file) {
        return new FeedSource(Kind.FOUND, feed, file, null, null);
    }

    static FeedSource named(String feed, Path file) {
        return new FeedSource(Kind.NAMED, feed, file, null, null);
    }

    boolean isBundled() {
        return kind == Kind.BUNDLED;
    }

    boolean isNamed() {
        return kind == Kind.NAMED;
    }

    Path path() {
        return path;
    }

    /**
     * Hashes every source's content (the files on every core) and describes each for the cache key; null when a file
     * cannot be hashed (unreadable, or too large to be loaded), since then the set cannot be keyed.
     */
    static List<String> hashAll(List<FeedSource> sources) {
        sources.parallelStream().forEach(FeedSource::hash);
        if (sources.stream().anyMatch(source -> source.sha256 == null)) {
            return null;
        }
        return sources.stream().map(FeedSource::describe).toList();
    }

    /** Whether every file of the set has the content the sources were hashed with. */
    static boolean unchanged(List<FeedSource> sources, List<FeedFile> loaded) {
        Set<String> hashed = sources.stream().map(source -> source.sha256).collect(Collectors.toSet());
        return loaded.stream().allMatch(file -> hashed.contains(file.sha256()));
    }

    /** The loaded file, or for a file the {@link SpyglassException} that says why it cannot be used. */
    Object load() {
        if (kind == Kind.BUNDLED) {
            return BundledFeeds.load(entry, content);
        }
        try {
            return IndicatorFileLoader.load(feed, path);
        } catch (SpyglassException e) {
            return e;
        }
    }

    private String describe() {
        String name = kind == Kind.BUNDLED ? "bundled:" + entry.path() + "\t" + entry.list() : path.toString();
        return kind + "\t" + feed + "\t" + name + "\t" + sha256;
    }

    private void hash() {
        MessageDigest digest = sha256Digest();
        if (content != null) {
            sha256 = HexFormat.of().formatHex(digest.digest(content));
            return;
        }
        try {
            if (Files.size(path) > IndicatorFileLoader.MAX_FILE_BYTES) {
                return;
            }
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(path)) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    digest.update(buffer, 0, read);
                }
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            sha256 = null;
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
