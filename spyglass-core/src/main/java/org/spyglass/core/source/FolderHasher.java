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
import org.spyglass.core.progress.ProgressListener;
import org.spyglass.core.progress.WorkProgress;

/**
 * Hashes every regular file under a folder that has no digest yet, for {@code --hashes}. The walk does not follow
 * links, so every file it visits is a regular file inside the folder: the per-file checks of
 * {@link FolderSource#openHost} (a real path under the root, not a link) hold by construction and are not repeated,
 * and one buffer and one digest serve the whole walk. A first walk counts the files and bytes to hash, so that
 * progress is reported against known totals: after each file and every {@link #REPORT_EVERY} bytes within a big one.
 * Not thread-safe.
 */
final class FolderHasher extends SimpleFileVisitor<Path> {
    static final String TASK = "hashing";
    private static final int BUFFER = 1 << 16;
    private static final long REPORT_EVERY = 16L << 20;

    private final Map<String, String> hashes;
    private final BiConsumer<Path, IOException> problems;
    private final BooleanSupplier cancelled;
    private final MessageDigest digest = HashingInputStream.sha256();
    private final byte[] buffer = new byte[BUFFER];
    private final ProgressListener progress;
    private final long totalFiles;
    private final long totalBytes;
    private long files;
    private long bytes;

    private FolderHasher(Map<String, String> hashes, BiConsumer<Path, IOException> problems,
                         BooleanSupplier cancelled, ProgressListener progress, long[] totals) {
        this.hashes = hashes;
        this.problems = problems;
        this.cancelled = cancelled;
        this.progress = progress;
        this.totalFiles = totals[0];
        this.totalBytes = totals[1];
    }

    /**
     * Walks {@code root} (a real path) and puts each new file's hex SHA-256 in {@code hashes}, keyed by its path;
     * a file or folder that cannot be read goes to {@code problems} and the walk goes on.
     */
    static void hashAll(Path root, Map<String, String> hashes, BiConsumer<Path, IOException> problems,
                        BooleanSupplier cancelled, ProgressListener progress) throws IOException {
        long[] totals = new long[2];
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && !hashes.containsKey(file.toString())) {
                    totals[0]++;
                    totals[1] += attributes.size();
                }
                return cancelled.getAsBoolean() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        FolderHasher hasher = new FolderHasher(hashes, problems, cancelled, progress, totals);
        hasher.report();
        Files.walkFileTree(root, hasher);
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (cancelled.getAsBoolean()) {
            return FileVisitResult.TERMINATE;
        }
        String key = file.toString();
        if (attributes.isRegularFile() && !hashes.containsKey(key)) {
            digest.reset();
            long before = bytes;
            long sinceReport = 0;
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                    bytes += n;
                    sinceReport += n;
                    if (sinceReport >= REPORT_EVERY) {
                        sinceReport = 0;
                        report();
                    }
                }
                hashes.putIfAbsent(key, HexFormat.of().formatHex(digest.digest()));
            } catch (IOException e) {
                problems.accept(file, e);
            }
            bytes = Math.max(bytes, before + attributes.size());
            files++;
            report();
        }
        return FileVisitResult.CONTINUE;
    }

    private void report() {
        progress.progress(new WorkProgress(TASK, Math.min(files, totalFiles), totalFiles, bytes, totalBytes));
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        problems.accept(file, e);
        return FileVisitResult.CONTINUE;
    }
}
