package org.spyglass.core.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An output stream whose bytes reach {@code target} through a thread of its own, in blocks, so that producing the
 * bytes and what the target does with them (compressing them, the system's write calls) run on two cores. At most
 * {@value #QUEUED} blocks wait, so memory stays bounded; the blocks written are filled again (the target must not
 * keep the array it is given). {@link #close} waits for the thread, closes the target and throws the first failure
 * of either side. Not thread-safe on the writing side: one thread writes.
 */
public final class HandOffOutputStream extends OutputStream {
    static final int BLOCK = 1 << 16;
    static final int QUEUED = 16;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> blocks = new ArrayBlockingQueue<>(QUEUED);
    /** Blocks the thread has written, filled again rather than new ones (which the JVM would clear first). */
    private final BlockingQueue<byte[]> spare = new ArrayBlockingQueue<>(QUEUED + 1);
    private final OutputStream target;
    private final Thread writer;
    private volatile Throwable failure;
    private byte[] block = new byte[BLOCK];
    private int size;
    private boolean closed;

    /** Starts the thread, named {@code threadName}, that writes to {@code target}. */
    public HandOffOutputStream(OutputStream target, String threadName) {
        this.target = target;
        this.writer = new Thread(this::drain, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void write(int b) throws IOException {
        if (size == block.length) {
            handOff();
        }
        block[size++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (size == block.length) {
                handOff();
            }
            int now = Math.min(length, block.length - size);
            System.arraycopy(bytes, offset, block, size, now);
            size += now;
            offset += now;
            length -= now;
        }
    }

    /** Waits for every byte to reach the target, closes it, and throws what went wrong on either side. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (size > 0) {
            put(Arrays.copyOf(block, size));
        }
        put(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + writer.getName() + " was writing");
        }
        throwFailure();
    }

    private void handOff() throws IOException {
        put(block);
        block = spare.poll();
        if (block == null) {
            block = new byte[BLOCK];
        }
        size = 0;
    }

    private void put(byte[] bytes) throws IOException {
        throwFailure();
        try {
            blocks.put(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + writer.getName() + " was writing");
        }
    }

    private void throwFailure() throws IOException {
        Throwable failed = failure;
        if (failed instanceof IOException io) {
            throw new IOException(io.getMessage(), io);
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
    }

    /** The writer thread: blocks to the target until the end; after a failure it only empties the queue. */
    private void drain() {
        try {
            for (byte[] bytes = take(); bytes != END; bytes = take()) {
                if (failure == null) {
                    try {
                        target.write(bytes);
                        if (bytes.length == BLOCK) {
                            spare.offer(bytes);
                        }
                    } catch (Throwable t) {
                        failure = t;
                    }
                }
            }
            if (failure == null) {
                target.close();
            }
        } catch (Throwable t) {
            if (failure == null) {
                failure = t;
            }
        }
    }

    private byte[] take() throws InterruptedException {
        return blocks.take();
    }
}
