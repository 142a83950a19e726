package org.spyglass.core.output;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A result file written under a temporary name ({@code .<name>.partial}, in the same folder) and renamed to its
 * final name in one atomic step by {@link #commit}, so that a file with a final name is always complete: a run
 * killed in the middle, or a write that fails (a full disk), leaves at most a {@code .partial} file, never a
 * truncated file under the final name. {@link #close} without a commit deletes the temporary file; a commit after a
 * failed write refuses. Every writer of the output folder goes through it but the append-only {@code command.log}
 * (see docs/output-format.md, "Complete or absent").
 * Atomic against the process dying, not against the machine losing power (the file is not forced to disk).
 *
 * <pre>{@code
 * try (AtomicFile file = AtomicFile.create(folder.resolve("report.html"))) {
 *     file.stream().write(bytes);
 *     file.commit();
 * }
 * }</pre>
 *
 * Not thread-safe.
 */
public final class AtomicFile implements Closeable {
    /** The suffix of a temporary name: a file that has it was never completed. */
    public static final String PARTIAL_SUFFIX = ".partial";

    /** Opens the temporary file; tests substitute one that fails. */
    @FunctionalInterface
    interface Opener {
        OutputStream open(Path temporary) throws IOException;
    }

    private final Path target;
    private final Path temporary;
    private final OutputStream file;
    private final FileChannel channel;
    private final Guard stream;
    private boolean failed;
    private boolean committed;
    private boolean closed;

    AtomicFile(Path target, Opener opener) throws IOException {
        this.target = target;
        this.temporary = temporaryOf(target);
        Files.deleteIfExists(temporary);
        this.file = opener.open(temporary);
        this.channel = null;
        this.stream = new Guard(new BufferedOutputStream(file, 1 << 16));
    }

    private AtomicFile(Path target) throws IOException {
        this.target = target;
        this.temporary = temporaryOf(target);
        Files.deleteIfExists(temporary);
        this.channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        this.file = Channels.newOutputStream(channel);
        this.stream = new Guard(new BufferedOutputStream(file, 1 << 16));
    }

    /** Copies {@code in[from, to)} through the buffered stream (when this file has no channel of its own). */
    private void copyRange(FileChannel in, long from, long to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long at = from;
        while (at < to) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), to - at));
            int read = in.read(buffer, at);
            if (read < 0) {
                throw new IOException(target + ": a part shrank while it was copied");
            }
            stream.write(buffer.array(), 0, read);
            at += read;
        }
    }

    /** Starts {@code target}, written under its temporary name until {@link #commit}. */
    public static AtomicFile create(Path target) throws IOException {
        return new AtomicFile(target);
    }

    /** Writes {@code content} to {@code target} atomically. */
    public static void write(Path target, byte[] content) throws IOException {
        try (AtomicFile file = create(target)) {
            file.stream().write(content);
            file.commit();
        }
    }

    /** The temporary name of {@code target}: {@code .<name>.partial} beside it. */
    public static Path temporaryOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + PARTIAL_SUFFIX);
    }

    public Path target() {
        return target;
    }

    /**
     * The buffered stream of the content. Closing it only flushes it (so that a JSON generator or a writer may own
     * it); the file is completed by {@link #commit} and abandoned by {@link #close}.
     */
    public OutputStream stream() {
        return stream;
    }

    /**
     * Appends the whole content of the file {@code part} after what was written so far; the kernel copies it when it
     * can (no pass through the Java heap), which matters for parts of gigabytes.
     */
    public void append(Path part) throws IOException {
        append(part, 0, Long.MAX_VALUE);
    }

    /**
     * Appends the bytes of {@code part} from offset {@code from} up to {@code to} (or its end, when shorter), as
     * {@link #append(Path)} does.
     */
    public void append(Path part, long from, long to) throws IOException {
        stream.flush();
        if (failed) {
            throw new IOException(target + " was not completed: a write failed");
        }
        try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ)) {
            long size = Math.min(to, in.size());
            if (channel == null) {
                copyRange(in, from, size);
                return;
            }
            long copied = from;
            while (copied < size) {
                long now = in.transferTo(copied, size - copied, channel);
                if (now <= 0) {
                    throw new IOException(part + " shrank while it was copied into " + target);
                }
                copied += now;
            }
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    /**
     * Flushes and closes the temporary file and renames it to the final name, replacing a file of that name.
     *
     * @throws IOException when a write failed before (the file is then abandoned by {@link #close}) or now
     */
    public void commit() throws IOException {
        if (committed) {
            return;
        }
        if (failed || closed) {
            throw new IOException(target + " was not completed: " + (closed ? "it was abandoned" : "a write failed"));
        }
        try {
            stream.flush();
            file.close();
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            committed = true;
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    /** Whether a write to the file failed; a failed file is never committed. */
    public boolean failed() {
        return failed;
    }

    /** Deletes the temporary file unless committed; safe to call twice. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (!committed) {
            try {
                file.close();
            } catch (IOException e) {
                failed = true;
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Records any failed write; closing it only flushes it, and does nothing once the file is done. */
    private final class Guard extends FilterOutputStream {
        Guard(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            guarded(() -> out.write(b));
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            guarded(() -> out.write(b, off, len));
        }

        /** A flush once the file is complete has nothing to write (a write would fail), so it does nothing. */
        @Override
        public void flush() throws IOException {
            if (!committed) {
                guarded(out::flush);
            }
        }

        @Override
        public void close() throws IOException {
            if (!committed && !closed) {
                flush();
            }
        }

        private void guarded(Write write) throws IOException {
            if (committed || closed) {
                throw new IOException(target + " is already " + (committed ? "complete" : "abandoned"));
            }
            try {
                write.run();
            } catch (IOException | RuntimeException e) {
                failed = true;
                throw e;
            }
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }
}
