package org.spyglass.ios.backup;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.Throwables;
import org.spyglass.core.output.AtomicFile;
import org.spyglass.core.progress.ProgressListener;
import org.spyglass.core.progress.WorkProgress;
import org.spyglass.core.source.EvidenceFile;

/**
 * Writes the plain twin of an encrypted backup into a new folder, in the layout {@link BackupSource} reads: the
 * decrypted Manifest.db, each file decrypted at {@code <id[0:2]>/<id>}, and Info.plist, Manifest.plist and
 * Status.plist copied as they are (Manifest.plist still says IsEncrypted; {@link BackupSource} reads such a copy as
 * plain because its Manifest.db is plain SQLite). Files are decrypted on a fixed pool of threads, one task per file.
 * A file that cannot be decrypted (missing key, truncated) is reported and left out; the others go on.
 */
public final class DecryptedCopy {
    /** The task name of the progress reports. */
    public static final String TASK = "decrypting";

    /**
     * Hears the progress (task {@link #TASK}: files handled, decrypted, missing or failed, out of all; bytes
     * written, their total not known) and the files left out; called from the pool's threads.
     */
    public interface Listener extends ProgressListener {
        /** A file was left out; the sentence names its device path. */
        void warning(String message);
    }

    /**
     * What was written.
     *
     * @param decrypted   files written
     * @param missing     files listed in Manifest.db whose content the backup does not hold
     * @param failed      files that could not be decrypted
     * @param interrupted true when {@code cancelled} stopped the copy before the end
     */
    public record Result(int decrypted, int missing, int failed, boolean interrupted) {
    }

    private static final List<String> CONTAINER_FILES = List.of(BackupLocator.INFO_PLIST, "Manifest.plist",
            "Status.plist");

    private DecryptedCopy() {
    }

    /**
     * Writes the copy.
     *
     * @param source      an opened encrypted backup
     * @param destination a folder that does not exist or is empty, outside the evidence
     * @param threads     the size of the pool
     * @param cancelled   checked before each file
     */
    public static Result write(BackupSource source, Path destination, int threads, Listener listener,
                               BooleanSupplier cancelled) throws IOException {
        if (!source.encrypted()) {
            throw SpyglassException.input(source.root() + " is not encrypted: there is nothing to decrypt. Check it "
                    + "directly with `spyglass ios check-backup`.");
        }
        Files.createDirectories(destination);
        for (String name : CONTAINER_FILES) {
            Path file = source.root().resolve(name);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.copy(file, destination.resolve(name));
            }
        }
        Files.copy(source.manifestDatabase(), destination.resolve(BackupLocator.MANIFEST_DB));
        List<EvidenceFile> files = new ArrayList<>(source.fileCount());
        source.forEachFile(files::add);
        AtomicInteger done = new AtomicInteger();
        AtomicLong written = new AtomicLong();
        listener.progress(new WorkProgress(TASK, 0, files.size(), 0, 0));
        AtomicInteger decrypted = new AtomicInteger();
        AtomicInteger missing = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> tasks = new ArrayList<>(files.size());
            for (EvidenceFile file : files) {
                tasks.add(pool.submit(() -> {
                    if (cancelled.getAsBoolean()) {
                        return;
                    }
                    try {
                        written.addAndGet(copy(source, file,
                                destination.resolve(BackupFileIds.storagePath(file.id()))));
                        decrypted.incrementAndGet();
                    } catch (FileNotFoundException e) {
                        missing.incrementAndGet();
                    } catch (IOException e) {
                        failed.incrementAndGet();
                        listener.warning(e.getMessage());
                    }
                    listener.progress(new WorkProgress(TASK, done.incrementAndGet(), files.size(), written.get(),
                            0));
                }));
            }
            for (Future<?> task : tasks) {
                await(task);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(decrypted.get(), missing.get(), failed.get(), done.get() < files.size());
    }

    /**
     * Decrypts under a temporary name, renamed when whole: a failed or killed copy leaves no truncated file. Returns
     * the bytes written.
     */
    private static long copy(BackupSource source, EvidenceFile file, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = source.open(file); AtomicFile out = AtomicFile.create(target)) {
            long bytes = in.transferTo(out.stream());
            out.commit();
            return bytes;
        }
    }

    private static void await(Future<?> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the decryption was interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(Throwables.throwIfUnchecked(e.getCause()));
        }
    }
}
