package org.spyglass.report;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
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
        private ByteBuffer block = ByteBuffer.allocate(BLOCK);

        @Override
        public void row(Row row) throws IOException {
            int module = row.module().length;
            int size = 8 + 4 + 12 + module + row.eventLength() + row.descriptionLength();
            if (size > block.remaining()) {
                handOff(Math.max(BLOCK, size));
            }
            block.putLong(row.epochSecond()).putInt(row.nano());
            putBytes(row.module(), 0, module);
            putBytes(row.text(), row.eventOffset(), row.eventLength());
            putBytes(row.text(), row.descriptionOffset(), row.descriptionLength());
        }

        @Override
        public void end() throws IOException {
            if (block.position() > 0) {
                handOff(0);
            }
            put(END);
            join();
            throwFailure();
            complete = true;
        }

        /** Hands the filled part of the block over and starts one of {@code capacity} bytes. */
        private void handOff(int capacity) throws IOException {
            throwFailure();
            if (block.position() > 0) {
                put(new Block(block.array(), block.position()));
            }
            block = ByteBuffer.allocate(capacity);
        }

        private void putBytes(byte[] bytes, int offset, int length) {
            block.putInt(length).put(bytes, offset, length);
        }
    }

    /** A block of rows as {@link Sink} writes them. */
    private record Block(byte[] bytes, int length) {
        void replay(TimelineData timeline) throws IOException {
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
            while (in.hasRemaining()) {
                long second = in.getLong();
                int nano = in.getInt();
                int moduleLength = in.getInt();
                int module = skip(in, moduleLength);
                int kindLength = in.getInt();
                int kind = skip(in, kindLength);
                int descriptionLength = in.getInt();
                int description = skip(in, descriptionLength);
                timeline.event(second, nano, bytes, module, moduleLength, kind, kindLength, description,
                        descriptionLength);
            }
        }

        /** The offset of the next {@code length} bytes, which are passed over. */
        private static int skip(ByteBuffer in, int length) {
            int at = in.position();
            in.position(at + length);
            return at;
        }
    }
}
