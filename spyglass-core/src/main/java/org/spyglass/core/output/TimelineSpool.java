package org.spyglass.core.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The external merge sort of {@code timeline.csv}: rows kept as bytes ({@link TimelineBuffer}), sorted by time, then
 * module, event and description (text compared as UTF-8 bytes, unsigned), identical rows written once. Each module
 * fills a buffer of its own through a {@link Writer} and sorts and spills it itself when full, so adding takes no
 * lock; a module that ends leaves its buffer, empty or not, to the next one (a buffer grows its arrays once), so memory
 * holds at most one buffer per module writing at the same time. Spill files ({@link TimelineMerge} has their format and
 * the merge) live in a folder the caller owns and are deleted by {@link #close()}. {@link #writer} and {@link #added}
 * are thread-safe; a writer is used by one thread.
 */
final class TimelineSpool implements Closeable {
    /** Receives the sorted rows. */
    @FunctionalInterface
    interface RowSink {
        void accept(TimelineSink.Row row) throws IOException;
    }

    private final Path folder;
    private final String prefix;
    private final int maxBuffered;
    private final Map<String, Integer> moduleIds = new HashMap<>();
    private volatile byte[][] moduleNames = new byte[0][];
    private final Deque<TimelineBuffer> idle = new ArrayDeque<>();
    private final List<Path> spills = new ArrayList<>();
    private int spillCounter;
    private int buffersMade;
    private int taken;
    private long added;

    /**
     * @param folder      where spill files go; must exist
     * @param prefix      spill file name prefix, unique among the spools sharing the folder
     * @param maxBuffered rows a buffer keeps in memory before a spill (at least 1)
     */
    TimelineSpool(Path folder, String prefix, int maxBuffered) {
        if (maxBuffered < 1) {
            throw new IllegalArgumentException("maxBuffered must be at least 1: " + maxBuffered);
        }
        this.folder = folder;
        this.prefix = prefix;
        this.maxBuffered = maxBuffered;
    }

    /** A writer for one module's thread; close it when the module is done. */
    Writer writer() {
        return new Writer();
    }

    /** Rows added by closed writers, duplicates included. */
    synchronized long added() {
        return added;
    }

    /** The number of spill files written so far (for tests and diagnostics). */
    synchronized int spillCount() {
        return spillCounter;
    }

    /** The number of buffers made so far (for tests and diagnostics). */
    synchronized int buffersMade() {
        return buffersMade;
    }

    /**
     * Sends every distinct row to {@code sink} in order. Call once, after every writer is closed.
     *
     * @return the number of rows sent
     */
    synchronized long drain(RowSink sink) throws IOException {
        if (taken > 0) {
            throw new IllegalStateException("drained while a module still writes its timeline");
        }
        while (spills.size() > SortedSpool.MAX_FAN_IN) {
            mergeSmallest();
        }
        byte[][] names = moduleNames;
        List<TimelineMerge.Cursor> sources = new ArrayList<>();
        try {
            for (Path spill : spills) {
                sources.add(new TimelineMerge.SpillCursor(spill, names));
            }
            for (TimelineBuffer buffer : idle) {
                if (!buffer.isEmpty()) {
                    buffer.sort(names);
                    sources.add(new TimelineMerge.BufferCursor(buffer, names));
                }
            }
            return TimelineMerge.merge(sources, names, sink::accept);
        } finally {
            TimelineMerge.closeAll(sources);
            idle.clear();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        idle.clear();
        for (Path spill : spills) {
            Files.deleteIfExists(spill);
        }
        spills.clear();
    }

    private synchronized int moduleId(String name) {
        Integer id = moduleIds.get(name);
        if (id == null) {
            id = moduleIds.size();
            moduleIds.put(name, id);
            byte[][] names = Arrays.copyOf(moduleNames, id + 1);
            names[id] = name.getBytes(StandardCharsets.UTF_8);
            moduleNames = names;
        }
        return id;
    }

    private synchronized TimelineBuffer take() {
        taken++;
        TimelineBuffer buffer = idle.poll();
        if (buffer == null) {
            buffersMade++;
            buffer = new TimelineBuffer(maxBuffered);
        }
        return buffer;
    }

    private synchronized void giveBack(TimelineBuffer buffer, long rows) {
        taken--;
        added += rows;
        idle.push(buffer);
    }

    private synchronized Path newSpillFile() {
        return folder.resolve(prefix + "-" + spillCounter++ + ".spill");
    }

    private synchronized void spilled(Path file) {
        spills.add(file);
    }

    /** Sorts a full buffer and writes it, without duplicates, to a new spill file; the buffer is empty after. */
    private void spill(TimelineBuffer buffer) throws IOException {
        Path file = newSpillFile();
        boolean written = false;
        try (SpillOutput out = new SpillOutput(file)) {
            buffer.sort(moduleNames);
            int previous = -1;
            long previousSecond = 0;
            for (int i = 0; i < buffer.size(); i++) {
                int row = buffer.row(i);
                if (previous < 0 || !buffer.same(previous, row)) {
                    TimelineMerge.writeRow(out, previousSecond, buffer.second(row), buffer.nano(row),
                            buffer.module(row), buffer.text(), buffer.eventOffset(row), buffer.eventLength(row),
                            buffer.descriptionLength(row));
                    previousSecond = buffer.second(row);
                }
                previous = row;
            }
            out.writeByte(0);
            written = true;
        } finally {
            buffer.clear();
            if (!written) {
                Files.deleteIfExists(file);
            }
        }
        spilled(file);
    }

    /** Merges the smallest spill files into one, so that one file fewer than the fan-in bound is over it. */
    private void mergeSmallest() throws IOException {
        List<Path> bySize = new ArrayList<>(spills);
        Map<Path, Long> sizes = new HashMap<>();
        for (Path spill : bySize) {
            sizes.put(spill, Files.size(spill));
        }
        bySize.sort(Comparator.comparingLong(sizes::get));
        List<Path> round = bySize.subList(0, Math.min(SortedSpool.MAX_FAN_IN, spills.size() - SortedSpool.MAX_FAN_IN
                + 1));
        byte[][] names = moduleNames;
        Path file = newSpillFile();
        List<TimelineMerge.Cursor> sources = new ArrayList<>();
        try (SpillOutput out = new SpillOutput(file)) {
            for (Path spill : round) {
                sources.add(new TimelineMerge.SpillCursor(spill, names));
            }
            long[] previousSecond = {0};
            TimelineMerge.merge(sources, names, row -> {
                TimelineMerge.writeRow(out, previousSecond[0], row.second, row.nano, row.module, row.text,
                        row.eventOffset, row.eventLength, row.descriptionLength);
                previousSecond[0] = row.second;
            });
            out.writeByte(0);
        } finally {
            TimelineMerge.closeAll(sources);
        }
        for (Path spill : round) {
            Files.delete(spill);
        }
        spills.removeAll(round);
        spills.add(file);
    }

    /** Adds one module thread's rows; not thread-safe. */
    final class Writer implements Closeable {
        private TimelineBuffer buffer;
        private String lastModule;
        private int lastModuleId;
        private long rows;

        void add(Instant time, String module, String event, String description) throws IOException {
            if (!module.equals(lastModule)) {
                lastModuleId = moduleId(module);
                lastModule = module;
            }
            if (buffer == null) {
                buffer = take();
            }
            rows++;
            if (buffer.add(time.getEpochSecond(), time.getNano(), lastModuleId, event, description)) {
                spill(buffer);
            }
        }

        /** Leaves the rows not spilled yet to the spool. */
        @Override
        public void close() {
            if (buffer != null) {
                giveBack(buffer, rows);
                buffer = null;
                rows = 0;
            }
        }
    }
}
