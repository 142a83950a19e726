package org.spyglass.report;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.spyglass.core.output.TimelineSink;

/**
 * The page's timeline data made while the run writes {@code timeline.csv}, so that {@link ReportWriter} need not
 * read the file again: the rows the merge sends are copied in blocks to a thread of its own, which merges them with
 * the timed alerts of {@code alerts.json} into {@link TimelineData}'s compressed JSON, in a file of a private scratch
 * folder. At most {@value #QUEUED} blocks wait, so memory stays bounded. {@link #close} deletes the file. The sink side
 * is used by the writing thread only.
 */
public final class TimelineFeed implements TimelineSink.Opener, Closeable {
    static final int BLOCK = 1 << 20;
    static final int QUEUED = 4;
    private static final Block END = new Block(new byte[0], 0);
    private static final Block ABANDON = new Block(new byte[0], 0);

    private final Path scratch;
    private final BlockingQueue<Block> blocks = new ArrayBlockingQueue<>(QUEUED);
    private Path data;
    private Thread worker;
    private volatile Throwable failure;
    private boolean complete;

    /** @param scratch a private folder (never the results, never the evidence) for the data file */
    public TimelineFeed(Path scratch) {
        this.scratch = scratch;
    }

    /** Reads the timed alerts of {@code results} and starts the thread that makes the data. */
    @Override
    public TimelineSink open(Path results) throws IOException {
        if (data != null) {
            throw new IllegalStateException("a timeline feed is opened once");
        }
        List<AlertView> alerts = new ResultsReader().timedAlerts(results);
        data = Files.createTempFile(scratch, "report-timeline-", ".json.gz");
        TimelineData timeline = new TimelineData(alerts, new BufferedOutputStream(Files.newOutputStream(data),
                1 << 16));
        worker = new Thread(() -> make(timeline), "spyglass-report-timeline");
        worker.setDaemon(true);
        worker.start();
        return new Sink();
    }

    /** Whether every row reached the data and it is complete. */
    boolean complete() {
        return complete;
    }

    /** The compressed JSON of the timeline (see {@link TimelineData}); whole when {@link #complete()}. */
    Path data() {
        return data;
    }

    /** Stops the thread if the run did not end the rows, and deletes the data. */
    @Override
    public void close() throws IOException {
        complete = false;
        if (worker != null && worker.isAlive()) {
            put(ABANDON);
            join();
        }
        if (data != null) {
            Files.deleteIfExists(data);
        }
    }

    /** The thread: rows from the blocks into the data until the end; after a failure it only empties the queue. */
    private void make(TimelineData timeline) {
        try (TimelineData open = timeline) {
            for (Block block = blocks.take(); block != ABANDON; block = blocks.take()) {
                if (block == END) {
                    if (failure == null) {
                        open.finish();
                    }
                    return;
                }
                if (failure == null) {
                    try {
                        block.replay(open);
                    } catch (IOException | RuntimeException | Error e) {
                        failure = e;
                    }
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            if (failure == null) {
                failure = e;
            }
        } catch (InterruptedException e) {
            failure = e;
        }
    }

    private void put(Block block) throws IOException {
        try {
            blocks.put(block);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while handing the timeline to the report");
        }
    }

    private void join() throws IOException {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the report's timeline was written");
        }
    }

    private void throwFailure() throws IOException {
        Throwable failed = failure;
        if (failed != null) {
            throw new IOException("the report's timeline data cannot be written: " + failed.getMessage(), failed);
        }
    }

    /** Rows copied as: seconds, nanoseconds, then module, kind and description each as a length and bytes. */
    private final class Sink implements TimelineSink {
        private byte[] block = new byte[BLOCK];
        private int used;

        @Override
        public void row(Row row) throws IOException {
            int module = row.module().length;
            int size = 8 + 4 + 12 + module + row.eventLength() + row.descriptionLength();
            if (used + size > block.length) {
                handOff();
                if (size > block.length) {
                    block = new byte[size];
                }
            }
            putLong(row.epochSecond());
            putInt(row.nano());
            putBytes(row.module(), 0, module);
            putBytes(row.text(), row.eventOffset(), row.eventLength());
            putBytes(row.text(), row.descriptionOffset(), row.descriptionLength());
        }

        @Override
        public void end() throws IOException {
            if (used > 0) {
                handOff();
            }
            put(END);
            join();
            throwFailure();
            complete = true;
        }

        private void handOff() throws IOException {
            throwFailure();
            put(new Block(block, used));
            block = new byte[BLOCK];
            used = 0;
        }

        private void putBytes(byte[] bytes, int offset, int length) {
            putInt(length);
            System.arraycopy(bytes, offset, block, used, length);
            used += length;
        }

        private void putLong(long value) {
            putInt((int) (value >>> 32));
            putInt((int) value);
        }

        private void putInt(int value) {
            block[used] = (byte) (value >>> 24);
            block[used + 1] = (byte) (value >>> 16);
            block[used + 2] = (byte) (value >>> 8);
            block[used + 3] = (byte) value;
            used += 4;
        }
    }

    /** A block of rows as {@link Sink} writes them. */
    private record Block(byte[] bytes, int length) {
        void replay(TimelineData timeline) throws IOException {
            int at = 0;
            while (at < length) {
                long second = (long) intAt(at) << 32 | intAt(at + 4) & 0xFFFF_FFFFL;
                int nano = intAt(at + 8);
                int moduleLength = intAt(at + 12);
                int module = at + 16;
                int kindLength = intAt(module + moduleLength);
                int kind = module + moduleLength + 4;
                int descriptionLength = intAt(kind + kindLength);
                int description = kind + kindLength + 4;
                timeline.event(second, nano, bytes, module, moduleLength, kind, kindLength, description,
                        descriptionLength);
                at = description + descriptionLength;
            }
        }

        private int intAt(int at) {
            return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
                    | bytes[at + 3] & 0xFF;
        }
    }
}
