package org.spyglass.core.output;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * An external merge sort of {@link TimelineRow}s: rows are buffered up to a bound, sorted and spilled to temporary
 * files, then merged, so memory stays bounded whatever the number of rows. With {@code distinct}, identical rows
 * are written once. Spill files live in a folder the caller owns (never the output folder, never the evidence) and
 * are deleted by {@link #close()}. {@link #add} is thread-safe.
 */
public final class SortedSpool implements Closeable {
    /** At most this many spill files are merged at once; more are merged in rounds. */
    static final int MAX_FAN_IN = 64;

    /** Receives the sorted rows. */
    @FunctionalInterface
    public interface RowSink {
        void accept(TimelineRow row) throws IOException;
    }

    private final Path folder;
    private final String prefix;
    private final int maxBuffered;
    private final boolean distinct;
    private final List<TimelineRow> buffer = new ArrayList<>();
    private final List<Path> spills = new ArrayList<>();
    private int spillCounter;
    private long added;

    /**
     * @param folder      where spill files go; must exist
     * @param prefix      spill file name prefix, unique among the spools sharing the folder
     * @param maxBuffered rows kept in memory before a spill (at least 1)
     * @param distinct    drop rows identical to one already written
     */
    public SortedSpool(Path folder, String prefix, int maxBuffered, boolean distinct) {
        if (maxBuffered < 1) {
            throw new IllegalArgumentException("maxBuffered must be at least 1: " + maxBuffered);
        }
        this.folder = folder;
        this.prefix = prefix;
        this.maxBuffered = maxBuffered;
        this.distinct = distinct;
    }

    public synchronized void add(TimelineRow row) throws IOException {
        buffer.add(row);
        added++;
        if (buffer.size() >= maxBuffered) {
            buffer.sort(null);
            spills.add(spill(buffer));
            buffer.clear();
        }
    }

    /** Rows added so far, duplicates included. */
    public synchronized long added() {
        return added;
    }

    /** The number of spill files written so far (for tests and diagnostics). */
    synchronized int spillCount() {
        return spillCounter;
    }

    /**
     * Sends every row to {@code sink} in order, without duplicates when {@code distinct}. Call once, after the last
     * {@link #add}.
     *
     * @return the number of rows sent
     */
    public synchronized long drain(RowSink sink) throws IOException {
        while (spills.size() > MAX_FAN_IN) {
            List<Path> round = new ArrayList<>(spills.subList(0, MAX_FAN_IN));
            spills.subList(0, MAX_FAN_IN).clear();
            spills.add(mergeToSpill(round));
        }
        List<RowIterator> sources = new ArrayList<>();
        try {
            for (Path spill : spills) {
                sources.add(new SpillReader(spill));
            }
            buffer.sort(null);
            sources.add(new ListIterator(buffer));
            return merge(sources, sink);
        } finally {
            closeAll(sources);
            buffer.clear();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        buffer.clear();
        for (Path spill : spills) {
            Files.deleteIfExists(spill);
        }
        spills.clear();
    }

    private Path spill(List<TimelineRow> sorted) throws IOException {
        Path file = newSpillFile();
        try (SpillWriter writer = new SpillWriter(file)) {
            TimelineRow previous = null;
            for (TimelineRow row : sorted) {
                if (!(distinct && row.equals(previous))) {
                    writer.write(row);
                }
                previous = row;
            }
        }
        return file;
    }

    private Path mergeToSpill(List<Path> round) throws IOException {
        Path file = newSpillFile();
        List<RowIterator> sources = new ArrayList<>();
        try (SpillWriter writer = new SpillWriter(file)) {
            for (Path spill : round) {
                sources.add(new SpillReader(spill));
            }
            merge(sources, writer::write);
        } finally {
            closeAll(sources);
        }
        for (Path spill : round) {
            Files.delete(spill);
        }
        return file;
    }

    private Path newSpillFile() {
        return folder.resolve(prefix + "-" + spillCounter++ + ".spill");
    }

    private long merge(List<RowIterator> sources, RowSink sink) throws IOException {
        PriorityQueue<Head> heads = new PriorityQueue<>();
        for (RowIterator source : sources) {
            if (source.hasNext()) {
                heads.add(new Head(source.next(), source));
            }
        }
        long sent = 0;
        TimelineRow previous = null;
        while (!heads.isEmpty()) {
            Head head = heads.poll();
            if (!(distinct && head.row.equals(previous))) {
                sink.accept(head.row);
                sent++;
            }
            previous = head.row;
            if (head.source.hasNext()) {
                heads.add(new Head(head.source.next(), head.source));
            }
        }
        return sent;
    }

    private static void closeAll(List<RowIterator> sources) throws IOException {
        for (RowIterator source : sources) {
            source.close();
        }
    }

    private record Head(TimelineRow row, RowIterator source) implements Comparable<Head> {
        @Override
        public int compareTo(Head other) {
            return row.compareTo(other.row);
        }
    }

    private interface RowIterator extends Closeable {
        boolean hasNext() throws IOException;

        TimelineRow next() throws IOException;
    }

    private static final class ListIterator implements RowIterator {
        private final Iterator<TimelineRow> rows;

        ListIterator(List<TimelineRow> rows) {
            this.rows = rows.iterator();
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public TimelineRow next() {
            return rows.next();
        }

        @Override
        public void close() {
        }
    }

    private static final class SpillWriter implements Closeable {
        private final DataOutputStream out;

        SpillWriter(Path file) throws IOException {
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        }

        void write(TimelineRow row) throws IOException {
            out.writeLong(row.time().getEpochSecond());
            out.writeInt(row.time().getNano());
            writeString(row.module());
            writeString(row.event());
            writeString(row.detail());
        }

        private void writeString(String value) throws IOException {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static final class SpillReader implements RowIterator {
        private final DataInputStream in;
        private TimelineRow next;

        SpillReader(Path file) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            next = read();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public TimelineRow next() throws IOException {
            if (next == null) {
                throw new NoSuchElementException();
            }
            TimelineRow current = next;
            next = read();
            return current;
        }

        private TimelineRow read() throws IOException {
            long seconds;
            try {
                seconds = in.readLong();
            } catch (EOFException end) {
                return null;
            }
            Instant time = Instant.ofEpochSecond(seconds, in.readInt());
            return new TimelineRow(time, readString(), readString(), readString());
        }

        private String readString() throws IOException {
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
