package org.spyglass.core.progress;

import java.util.Objects;

/**
 * How far one long task (hashing the evidence, decrypting a backup) has got: files and bytes done out of the
 * totals. A total of 0 means not known (or nothing to do, when {@code files} is 0 too). {@code bytes} may pass
 * {@code totalBytes} when a file grows while it is read; {@link #percent()} stays within 0 to 100.
 *
 * @param task       what is being done, a short lower-case verb such as {@code "hashing"}
 * @param files      files handled so far (done, missing or failed)
 * @param totalFiles the files the task will handle, 0 when not known
 * @param bytes      bytes handled so far
 * @param totalBytes the bytes the task will handle, 0 when not known
 */
public record WorkProgress(String task, long files, long totalFiles, long bytes, long totalBytes) {
    public WorkProgress {
        Objects.requireNonNull(task, "task");
        if (files < 0 || totalFiles < 0 || bytes < 0 || totalBytes < 0) {
            throw new IllegalArgumentException("negative progress: " + files + "/" + totalFiles + " files, " + bytes
                    + "/" + totalBytes + " bytes");
        }
    }

    /** The share done, from the bytes when their total is known, else from the files; -1 when neither is. */
    public int percent() {
        if (totalBytes > 0) {
            return (int) Math.min(100, bytes * 100 / totalBytes);
        }
        if (totalFiles > 0) {
            return (int) Math.min(100, files * 100 / totalFiles);
        }
        return finished() ? 100 : -1;
    }

    /** True when every file is handled: the last report of a task that was not cancelled. */
    public boolean finished() {
        return files >= totalFiles && (totalFiles > 0 || files == 0);
    }
}
