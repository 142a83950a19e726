package org.spyglass.core.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The merge of {@link TimelineSpool}'s sorted sources (spill files and sorted buffers) and the row format of its spill
 * files: rows ordered by time, then module, event and description (text compared as UTF-8 bytes, unsigned), identical
 * rows sent once.
 */
final class TimelineMerge {
    private TimelineMerge() {
    }

    /**
     * Writes a row of a spill file (a file ends with a 0 byte). A row: a 1 byte, then as {@link SpillOutput#writeVarLong variable-length numbers} the seconds since the row
     * before (rows come in order, so mostly one or two bytes; wrapping arithmetic keeps any second exact), the nanos,
     * the module number and the two lengths; then the event's and description's bytes.
     */
    static void writeRow(SpillOutput out, long previousSecond, long second, int nano, int module, byte[] text,
                         int eventOffset, int eventLength, int descriptionLength) throws IOException {
        out.writeByte(1);
        out.writeVarLong(second - previousSecond);
        out.writeVarLong(nano);
        out.writeVarLong(module);
        out.writeVarLong(eventLength);
        out.writeVarLong(descriptionLength);
        out.writeBytes(text, eventOffset, eventLength + descriptionLength);
    }

    /**
     * Merges sources whose rows are each sorted and distinct; a row equal to the next source's head is left out
     * (that head is sent or left out in turn), so each distinct row is sent once.
     */
    static long merge(List<Cursor> sources, byte[][] names, Sink sink) throws IOException {
        PriorityQueue<Cursor> heads = new PriorityQueue<>(Math.max(1, sources.size()),
                (a, b) -> compare(a, b, names));
        for (Cursor source : sources) {
            if (source.advance()) {
                heads.add(source);
            }
        }
        long sent = 0;
        while (!heads.isEmpty()) {
            Cursor head = heads.poll();
            Cursor next = heads.peek();
            if (next == null || compare(head, next, names) != 0) {
                sink.accept(head);
                sent++;
            }
            if (head.advance()) {
                heads.add(head);
            }
        }
        return sent;
    }

    private static int compare(Cursor a, Cursor b, byte[][] names) {
        int order = Long.compare(a.second, b.second);
        if (order != 0) {
            return order;
        }
        order = Integer.compare(a.nano, b.nano);
        if (order != 0) {
            return order;
        }
        if (a.module != b.module) {
            return Arrays.compareUnsigned(names[a.module], names[b.module]);
        }
        order = Arrays.compareUnsigned(a.text, a.eventOffset, a.eventOffset + a.eventLength, b.text, b.eventOffset,
                b.eventOffset + b.eventLength);
        if (order != 0) {
            return order;
        }
        int descriptionA = a.eventOffset + a.eventLength;
        int descriptionB = b.eventOffset + b.eventLength;
        return Arrays.compareUnsigned(a.text, descriptionA, descriptionA + a.descriptionLength, b.text,
                descriptionB, descriptionB + b.descriptionLength);
    }

    static void closeAll(List<Cursor> sources) throws IOException {
        for (Cursor source : sources) {
            source.close();
        }
    }

    @FunctionalInterface
    interface Sink {
        void accept(Cursor row) throws IOException;
    }

    /** The head row of one sorted source, moved on in place by {@link #advance}. */
    abstract static class Cursor implements TimelineSink.Row, Closeable {
        private final byte[][] names;
        long second;
        int nano;
        int module;
        byte[] text;
        int eventOffset;
        int eventLength;
        int descriptionLength;

        Cursor(byte[][] names) {
            this.names = names;
        }

        /** Moves to the next row; false at the end. */
        abstract boolean advance() throws IOException;

        @Override
        public long epochSecond() {
            return second;
        }

        @Override
        public int nano() {
            return nano;
        }

        @Override
        public byte[] module() {
            return names[module];
        }

        @Override
        public byte[] text() {
            return text;
        }

        @Override
        public int eventOffset() {
            return eventOffset;
        }

        @Override
        public int eventLength() {
            return eventLength;
        }

        @Override
        public int descriptionOffset() {
            return eventOffset + eventLength;
        }

        @Override
        public int descriptionLength() {
            return descriptionLength;
        }
    }

    /** The rows of a sorted buffer, duplicates skipped. */
    static final class BufferCursor extends Cursor {
        private final TimelineBuffer buffer;
        private int position = -1;

        BufferCursor(TimelineBuffer buffer, byte[][] names) {
            super(names);
            this.buffer = buffer;
            this.text = buffer.text();
        }

        @Override
        boolean advance() {
            int previous = position < 0 ? -1 : buffer.row(position);
            do {
                position++;
            } while (position < buffer.size() && previous >= 0 && buffer.same(previous, buffer.row(position)));
            if (position >= buffer.size()) {
                return false;
            }
            int row = buffer.row(position);
            second = buffer.second(row);
            nano = buffer.nano(row);
            module = buffer.module(row);
            eventOffset = buffer.eventOffset(row);
            eventLength = buffer.eventLength(row);
            descriptionLength = buffer.descriptionLength(row);
            return true;
        }

        @Override
        public void close() {
            buffer.clear();
        }
    }

    /** The rows of a spill file, read in place from its buffer. */
    static final class SpillCursor extends Cursor {
        private final SpillInput in;

        SpillCursor(Path file, byte[][] names) throws IOException {
            super(names);
            this.in = new SpillInput(file);
        }

        private static int small(long value) throws IOException {
            if (value < 0 || value > Integer.MAX_VALUE) {
                throw new IOException("spill file holds a number out of range: " + value);
            }
            return (int) value;
        }

        @Override
        boolean advance() throws IOException {
            if (in.readByte() == 0) {
                return false;
            }
            second += in.readVarLong();
            nano = small(in.readVarLong());
            module = small(in.readVarLong());
            eventLength = small(in.readVarLong());
            descriptionLength = small(in.readVarLong());
            eventOffset = in.take(eventLength + descriptionLength);
            text = in.array();
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
