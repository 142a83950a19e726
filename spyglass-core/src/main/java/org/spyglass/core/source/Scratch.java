package org.spyglass.core.source;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import org.spyglass.core.SpyglassException;

/**
 * A private temporary folder (owner-only permissions where the file system supports them) that {@link #close()}
 * deletes with everything in it, even when it was only partly filled. Thread-safe.
 */
public final class Scratch implements Closeable {
    private final Path path;

    private Scratch(Path path) {
        this.path = path;
    }

    /**
     * Creates a scratch folder under {@code java.io.tmpdir}, refusing one that would lie inside {@code evidence}.
     *
     * @param evidence the evidence root (a real path), or null when there is none to protect
     */
    public static Scratch create(Path evidence) throws IOException {
        Path created;
        try {
            created = Files.createTempDirectory("spyglass-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            created = Files.createTempDirectory("spyglass-");
        }
        Scratch scratch = new Scratch(created.toRealPath());
        if (evidence != null && scratch.path.startsWith(evidence)) {
            scratch.close();
            throw SpyglassException.input("The temporary folder " + created.getParent() + " lies inside the evidence "
                    + evidence + ": set java.io.tmpdir to a folder outside the evidence.");
        }
        return scratch;
    }

    /** The folder itself (a real path). */
    public Path path() {
        return path;
    }

    /** Deletes the folder and everything in it; files that vanished meanwhile are ignored. */
    @Override
    public void close() throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        IOException[] first = new IOException[1];
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                delete(dir);
                return FileVisitResult.CONTINUE;
            }

            private void delete(Path target) {
                try {
                    Files.deleteIfExists(target);
                } catch (NoSuchFileException gone) {
                    // deleted meanwhile: nothing left to do
                } catch (IOException e) {
                    if (first[0] == null) {
                        first[0] = e;
                    }
                }
            }
        });
        if (first[0] != null) {
            throw new IOException("Could not delete every scratch file under " + path + ": " + first[0].getMessage(),
                    first[0]);
        }
    }
}
