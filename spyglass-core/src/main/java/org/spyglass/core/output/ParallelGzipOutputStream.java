package org.spyglass.core.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.spyglass.core.Throwables;

/**
 * Gzip (one member, readable by any gzip reader and by the browser's {@code DecompressionStream}) compressed on
 * several threads, as {@code pigz} does: the bytes are cut into segments of {@value #SEGMENT} bytes, each compressed
 * on its own with the 32 KiB before it as its dictionary and ended with a sync flush (so the segments join into one
 * deflate stream), and the compressed segments are written in order. The output depends only on the bytes written,
 * never on the number of threads or their timing. At most a few segments per thread are in flight, so memory stays
 * bounded. {@link #close} writes the gzip trailer, closes the target and throws the first failure. Not thread-safe on
 * the writing side: one thread writes.
 */
public final class ParallelGzipOutputStream extends OutputStream {
    static final int SEGMENT = 1 << 20;
    private static final int DICTIONARY = 32 * 1024;
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final OutputStream target;
    private final int level;
    private final ExecutorService pool;
    private final int maxInFlight;
    private final Deque<Future<byte[]>> inFlight = new ArrayDeque<>();
    private final CRC32 crc = new CRC32();
    private byte[] segment = new byte[SEGMENT];
    private byte[] previous;
    private int size;
    private long total;
    private boolean closed;

    /**
     * @param target  receives the gzip bytes; closed by {@link #close}
     * @param level   the deflate level ({@link Deflater#BEST_SPEED} to {@link Deflater#BEST_COMPRESSION})
     * @param threads compressing threads (at least 1); the bytes written do not depend on it
     */
    public ParallelGzipOutputStream(OutputStream target, int level, int threads) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.target = target;
        this.level = level;
        this.maxInFlight = 2 * threads;
        String name = "spyglass-gzip-" + POOLS.incrementAndGet() + "-";
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, name + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            target.write(HEADER);
        } catch (IOException | RuntimeException e) {
            pool.shutdownNow();
            throw e;
        }
    }

    @Override
    public void write(int b) throws IOException {
        if (closed) {
            throw new IOException("the gzip stream is closed");
        }
        segment[size++] = (byte) b;
        if (size == SEGMENT) {
            submit(false);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("the gzip stream is closed");
        }
        while (length > 0) {
            int now = Math.min(length, SEGMENT - size);
            System.arraycopy(bytes, offset, segment, size, now);
            size += now;
            offset += now;
            length -= now;
            if (size == SEGMENT) {
                submit(false);
            }
        }
    }

    /** Waits for every segment, writes the trailer, closes the target; throws the first failure of any side. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            submit(true);
            while (!inFlight.isEmpty()) {
                writeHead();
            }
            long checksum = crc.getValue();
            byte[] trailer = new byte[8];
            for (int i = 0; i < 4; i++) {
                trailer[i] = (byte) (checksum >>> (8 * i));
                trailer[4 + i] = (byte) (total >>> (8 * i));
            }
            target.write(trailer);
        } catch (IOException | RuntimeException | Error e) {
            try {
                target.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
        target.close();
    }

    /** Hands the current segment to the pool and starts a new one; writes finished segments meanwhile. */
    private void submit(boolean last) throws IOException {
        byte[] data = segment;
        int length = size;
        byte[] dictionary = previous;
        crc.update(data, 0, length);
        total += length;
        inFlight.add(pool.submit(() -> compress(data, length, dictionary, last)));
        previous = data;
        segment = new byte[SEGMENT];
        size = 0;
        while (inFlight.size() >= maxInFlight || (!inFlight.isEmpty() && inFlight.peekFirst().isDone())) {
            writeHead();
        }
    }

    private void writeHead() throws IOException {
        Future<byte[]> head = inFlight.removeFirst();
        try {
            target.write(head.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while compressing");
        } catch (ExecutionException e) {
            Throwable cause = Throwables.throwIfUnchecked(e.getCause());
            throw new IOException("compression failed: " + cause, cause);
        }
    }

    /**
     * Raw deflate of {@code data[0, length)} with the last {@value #DICTIONARY} bytes of {@code dictionary} (the
     * segment before, full) as preset dictionary; ended by a sync flush, or as the stream's final block when
     * {@code last}.
     */
    private byte[] compress(byte[] data, int length, byte[] dictionary, boolean last) {
        Deflater deflater = new Deflater(level, true);
        try {
            if (dictionary != null) {
                deflater.setDictionary(dictionary, dictionary.length - DICTIONARY, DICTIONARY);
            }
            deflater.setInput(data, 0, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(length / 4 + 64);
            byte[] buffer = new byte[1 << 16];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int produced;
                do {
                    produced = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, produced);
                } while (produced == buffer.length || !deflater.needsInput());
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
