package org.spyglass.core.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * An external merge sort of rows in their natural order ({@link TimelineRow}s, {@link ProcessRow}s): rows are
 * buffered up to a bound, sorted and spilled to temporary files, then merged, so memory stays bounded whatever the
 * number of rows. With {@code distinct}, identical rows are written once. Spill files live in a folder the caller
 * owns (never the output folder, never the evidence) and are deleted by {@link #close()}. {@link #add} is
 * thread-safe.
 *
 * @param <T> the row type; its natural order must be total, so the output never depends on arrival
 */
public final class SortedSpool<T extends Comparable<T>> implements Closeable {
    /** At most this many spill files are merged at once; more are merged in rounds. */
    static final int MAX_FAN_IN = 64;

    /** Receives the sorted rows. */
    @FunctionalInterface
    public interface RowSink<T> {
        void accept(T row) throws IOException;
    }

    /** Writes a row to a spill file and reads it back. */
    interface Codec<T> {
        void write(T row, SpillOutput out) throws IOException;

        T read(SpillInput in) throws IOException;
    }

    private final Path folder;
    private final String prefix;
    private final int maxBuffered;
    private final boolean distinct;
    private final Codec<T> codec;
    private final List<Path> spills = new ArrayList<>();
    private List<T> buffer = new ArrayList<>();
    private int spillCounter;
    private int spilling;
    private long added;

    /**
     * @param folder      where spill files go; must exist
     * @param prefix      spill file name prefix, unique among the spools sharing the folder
     * @param maxBuffered rows kept in memory before a spill (at least 1)
     * @param distinct    drop rows identical to one already written
     * @param codec       how a row is stored in a spill file
     */
    SortedSpool(Path folder, String prefix, int maxBuffered, boolean distinct, Codec<T> codec) {
        if (maxBuffered < 1) {
            throw new IllegalArgumentException("maxBuffered must be at least 1: " + maxBuffered);
        }
        this.folder = folder;
        this.prefix = prefix;
        this.maxBuffered = maxBuffered;
        this.distinct = distinct;
        this.codec = codec;
    }

    /**
     * Adds a row. When the buffer is full, the caller takes it over, sorts it and writes the spill file outside the
     * lock: other threads keep adding to a fresh buffer meanwhile (memory holds at most one full buffer per adding
     * thread).
     */
    public void add(T row) throws IOException {
        List<T> full;
        Path file;
        synchronized (this) {
            buffer.add(row);
            added++;
            if (buffer.size() < maxBuffered) {
                return;
            }
            full = buffer;
            buffer = new ArrayList<>();
            file = newSpillFile();
            spilling++;
        }
        boolean written = false;
        try {
            full.sort(null);
            spill(full, file);
            written = true;
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        } finally {
            synchronized (this) {
                if (written) {
                    spills.add(file);
                }
                spilling--;
            }
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
    public synchronized long drain(RowSink<T> sink) throws IOException {
        if (spilling > 0) {
            throw new IllegalStateException("drained while a spill is still being written");
        }
        while (spills.size() > MAX_FAN_IN) {
            List<Path> round = new ArrayList<>(spills.subList(0, MAX_FAN_IN));
            spills.subList(0, MAX_FAN_IN).clear();
            spills.add(mergeToSpill(round));
        }
        List<RowIterator<T>> sources = new ArrayList<>();
        try {
            for (Path spill : spills) {
                sources.add(new SpillReader<>(spill, codec));
            }
            buffer.sort(null);
            sources.add(new ListIterator<>(buffer));
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

    private void spill(List<T> sorted, Path file) throws IOException {
        try (SpillWriter writer = new SpillWriter<>(file, codec)) {
            T previous = null;
            for (T row : sorted) {
                if (!(distinct && row.equals(previous))) {
                    writer.write(row);
                }
                previous = row;
            }
        }
    }

    private Path mergeToSpill(List<Path> round) throws IOException {
        Path file = newSpillFile();
        List<RowIterator<T>> sources = new ArrayList<>();
        try (SpillWriter writer = new SpillWriter<>(file, codec)) {
            for (Path spill : round) {
                sources.add(new SpillReader<>(spill, codec));
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

    private long merge(List<RowIterator<T>> sources, RowSink<T> sink) throws IOException {
        PriorityQueue<Head<T>> heads = new PriorityQueue<>(Math.max(1, sources.size()));
        for (RowIterator<T> source : sources) {
            if (source.hasNext()) {
                heads.add(new Head<>(source.next(), source));
            }
        }
        long sent = 0;
        T previous = null;
        while (!heads.isEmpty()) {
            Head<T> head = heads.poll();
            T row = head.row;
            if (!(distinct && row.equals(previous))) {
                sink.accept(row);
                sent++;
            }
            previous = row;
            if (head.source.hasNext()) {
                head.row = head.source.next();
                heads.add(head);
            }
        }
        return sent;
    }

    private static void closeAll(List<? extends RowIterator<?>> sources) throws IOException {
        for (RowIterator<?> source : sources) {
            source.close();
        }
    }

    /** The next row of one source; moved on in place as the merge takes its rows. */
    private static final class Head<T extends Comparable<T>> implements Comparable<Head<T>> {
        private final RowIterator<T> source;
        private T row;

        Head(T row, RowIterator<T> source) {
            this.row = row;
            this.source = source;
        }

        @Override
        public int compareTo(Head<T> other) {
            return row.compareTo(other.row);
        }
    }

    private interface RowIterator<T> extends Closeable {
        boolean hasNext() throws IOException;

        T next() throws IOException;
    }

    private static final class ListIterator<T> implements RowIterator<T> {
        private final Iterator<T> rows;

        ListIterator(List<T> rows) {
            this.rows = rows.iterator();
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public T next() {
            return rows.next();
        }

        @Override
        public void close() {
        }
    }

    /** Each row is preceded by a 1 byte; the file ends with a 0 byte. */
    private static final class SpillWriter<T> implements Closeable {
        private final SpillOutput out;
        private final Codec<T> codec;

        SpillWriter(Path file, Codec<T> codec) throws IOException {
            this.out = new SpillOutput(file);
            this.codec = codec;
        }

        void write(T row) throws IOException {
            out.writeByte(1);
            codec.write(row, out);
        }

        @Override
        public void close() throws IOException {
            try (SpillOutput open = out) {
                open.writeByte(0);
            }
        }
    }

    private static final class SpillReader<T> implements RowIterator<T> {
        private final SpillInput in;
        private final Codec<T> codec;
        private T next;

        SpillReader(Path file, Codec<T> codec) throws IOException {
            this.in = new SpillInput(file);
            this.codec = codec;
            this.next = read();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public T next() throws IOException {
            if (next == null) {
                throw new NoSuchElementException();
            }
            T current = next;
            next = read();
            return current;
        }

        private T read() throws IOException {
            return in.readByte() != 0 ? codec.read(in) : null;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
