package org.spyglass.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * Hashes every regular file under a folder that has no digest yet, for {@code --hashes}. The walk does not follow
 * links, so every file it visits is a regular file inside the folder: the per-file checks of
 * {@link FolderSource#openHost} (a real path under the root, not a link) hold by construction and are not repeated,
 * and one buffer and one digest serve the whole walk. Not thread-safe.
 */
final class FolderHasher extends SimpleFileVisitor<Path> {
    private static final int BUFFER = 1 << 16;

    private final Map<String, String> hashes;
    private final BiConsumer<Path, IOException> problems;
    private final BooleanSupplier cancelled;
    private final MessageDigest digest = HashingInputStream.sha256();
    private final byte[] buffer = new byte[BUFFER];

    private FolderHasher(Map<String, String> hashes, BiConsumer<Path, IOException> problems,
                         BooleanSupplier cancelled) {
        this.hashes = hashes;
        this.problems = problems;
        this.cancelled = cancelled;
    }

    /**
     * Walks {@code root} (a real path) and puts each new file's hex SHA-256 in {@code hashes}, keyed by its path;
     * a file or folder that cannot be read goes to {@code problems} and the walk goes on.
     */
    static void hashAll(Path root, Map<String, String> hashes, BiConsumer<Path, IOException> problems,
                        BooleanSupplier cancelled) throws IOException {
        Files.walkFileTree(root, new FolderHasher(hashes, problems, cancelled));
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (cancelled.getAsBoolean()) {
            return FileVisitResult.TERMINATE;
        }
        String key = file.toString();
        if (attributes.isRegularFile() && !hashes.containsKey(key)) {
            digest.reset();
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
                hashes.putIfAbsent(key, HexFormat.of().formatHex(digest.digest()));
            } catch (IOException e) {
                problems.accept(file, e);
            }
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        problems.accept(file, e);
        return FileVisitResult.CONTINUE;
    }
}
