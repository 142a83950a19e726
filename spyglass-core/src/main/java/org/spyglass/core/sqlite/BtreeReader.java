package org.spyglass.core.sqlite;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the rows of table b-trees page by page, as SQLite's file format describes them (page headers, cell pointers,
 * varint records, overflow chains), tolerating damage: a page that cannot be read is counted and skipped, the rest
 * of the tree goes on. Remembers every page it has seen, so a looping tree ends and pages no tree reached can be
 * found afterwards. Not thread-safe.
 */
final class BtreeReader {
    private static final int LEAF_TABLE = 0x0D;
    private static final int INTERIOR_TABLE = 0x05;

    /** One row of a table leaf page. */
    record Row(long rowid, List<Object> values) {
    }

    private final PageFile file;
    private final Set<Long> seen = new HashSet<>();
    private long unreadable;

    BtreeReader(PageFile file) {
        this.file = file;
    }

    /** Pages reached that were damaged or not table pages. */
    long unreadable() {
        return unreadable;
    }

    /** Marks a page as accounted for (a freelist page), so {@link #leafPagesNotSeen} skips it. */
    void markSeen(long page) {
        seen.add(page);
    }

    /** Walks the table b-tree from {@code root}, handing every readable row to {@code sink}. */
    void walk(long root, Consumer<Row> sink) throws IOException {
        Deque<Long> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            long number = pending.pop();
            if (!seen.add(number)) {
                continue;
            }
            byte[] page = file.page(number);
            int header = number == 1 ? 100 : 0;
            int type = page == null ? -1 : page[header] & 0xff;
            try {
                if (type == INTERIOR_TABLE) {
                    pending.addAll(children(page, header));
                } else if (type == LEAF_TABLE) {
                    readLeaf(page, header, sink);
                } else {
                    unreadable++;
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException damaged) {
                unreadable++;
            }
        }
    }

    /** Table leaf pages that no walk reached (orphaned by a damaged interior page), read the same way. */
    List<Long> leafPagesNotSeen() throws IOException {
        List<Long> found = new ArrayList<>();
        for (long number = 2; number <= file.pageCount(); number++) {
            if (!seen.contains(number)) {
                byte[] page = file.page(number);
                if (page != null && (page[0] & 0xff) == LEAF_TABLE) {
                    found.add(number);
                }
            }
        }
        return found;
    }

    /** Reads one page as a table leaf, whatever tree it belonged to. */
    void readOrphan(long number, Consumer<Row> sink) throws IOException {
        seen.add(number);
        try {
            readLeaf(file.page(number), 0, sink);
        } catch (IllegalArgumentException | IndexOutOfBoundsException damaged) {
            unreadable++;
        }
    }

    private List<Long> children(byte[] page, int header) {
        int cells = u16(page, header + 3);
        List<Long> children = new ArrayList<>(cells + 1);
        for (int i = 0; i < cells; i++) {
            int pointer = cellPointer(page, header, 12, cells, i);
            children.add(PageFile.read(page, pointer, 4));
        }
        children.add(PageFile.read(page, header + 8, 4));
        return children;
    }

    private void readLeaf(byte[] page, int header, Consumer<Row> sink) throws IOException {
        int cells = u16(page, header + 3);
        List<Row> rows = new ArrayList<>(cells);
        for (int i = 0; i < cells; i++) {
            int at = cellPointer(page, header, 8, cells, i);
            long[] payload = varint(page, at);
            long[] rowid = varint(page, at + (int) payload[1]);
            int start = at + (int) payload[1] + (int) rowid[1];
            rows.add(new Row(rowid[0], Records.decode(payload(page, start, payload[0]), file.encoding())));
        }
        rows.forEach(sink);
    }

    private int cellPointer(byte[] page, int header, int headerSize, int cells, int i) {
        int pointer = u16(page, header + headerSize + 2 * i);
        if (pointer < header + headerSize + 2 * cells || pointer >= file.usableSize()) {
            throw new IllegalArgumentException("cell pointer out of the page");
        }
        return pointer;
    }

    private byte[] payload(byte[] page, int start, long size) throws IOException {
        int usable = file.usableSize();
        if (size < 0 || size > file.pageCount() * usable) {
            throw new IllegalArgumentException("payload larger than the file");
        }
        int local = localSize(size, usable);
        if (start + local > usable) {
            throw new IllegalArgumentException("payload beyond the page");
        }
        byte[] out = Arrays.copyOfRange(page, start, start + (int) size);
        if (local == size) {
            return out;
        }
        int filled = local;
        long next = PageFile.read(page, start + local, 4);
        while (filled < size) {
            byte[] overflow = seen.add(next) ? file.page(next) : null;
            if (overflow == null) {
                throw new IllegalArgumentException("overflow chain broken");
            }
            int chunk = (int) Math.min(usable - 4, size - filled);
            System.arraycopy(overflow, 4, out, filled, chunk);
            filled += chunk;
            next = PageFile.read(overflow, 0, 4);
        }
        return out;
    }

    /** How much of a payload is stored on the leaf page itself (the file format's rule). */
    private static int localSize(long size, int usable) {
        int max = usable - 35;
        if (size <= max) {
            return (int) size;
        }
        int min = ((usable - 12) * 32 / 255) - 23;
        long k = min + ((size - min) % (usable - 4));
        return (int) (k <= max ? k : min);
    }

    /** A varint at {@code at}: {value, length}. */
    static long[] varint(byte[] bytes, int at) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            int b = bytes[at + i] & 0xff;
            value = (value << 7) | (b & 0x7f);
            if ((b & 0x80) == 0) {
                return new long[] {value, i + 1};
            }
        }
        return new long[] {(value << 8) | (bytes[at + 8] & 0xff), 9};
    }

    private static int u16(byte[] bytes, int at) {
        return (int) PageFile.read(bytes, at, 2);
    }
}
