package org.spyglass.core.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.spyglass.core.text.ByteWords;
import org.spyglass.core.time.MvtTimeBytes;
import org.spyglass.core.time.Times;

/**
 * A CSV file with every field quoted (MVT's {@code QUOTE_ALL}): fields are wrapped in double quotes, a double quote
 * inside a field is doubled, rows end with CRLF (RFC 4180). UTF-8 (a lone surrogate becomes {@code ?}), no
 * byte-order mark. Rows are encoded into a buffer of its own and handed in large blocks to a thread that writes them
 * to the file ({@link HandOffOutputStream}), so encoding and the system's writes overlap. Not thread-safe.
 */
public final class CsvWriter implements Closeable {
    private static final int BLOCK = 1 << 16;

    private final AtomicFile file;
    private final OutputStream out;
    private final MvtTimeBytes times = new MvtTimeBytes();
    private byte[] buffer = new byte[BLOCK];
    private int used;

    /** Starts {@code file}, written under a temporary name until closed ({@link AtomicFile}). */
    public CsvWriter(Path file) throws IOException {
        this.file = AtomicFile.create(file);
        this.out = new HandOffOutputStream(this.file.stream(), "spyglass-csv-" + file.getFileName());
    }

    public void row(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            field(i > 0, fields[i]);
        }
        endRow();
    }

    /**
     * Writes a row whose first field is {@code time} as {@link Times#mvt} renders it, without making a string of it
     * (the timelines' millions of rows).
     */
    public void row(Instant time, String... rest) throws IOException {
        if (time != null) {
            timeField(time.getEpochSecond(), time.getNano());
        } else {
            field(false, "");
        }
        for (String field : rest) {
            field(true, field);
        }
        endRow();
    }

    /**
     * Starts a row with the time {@code seconds} after the epoch plus {@code nano} nanoseconds, as {@link Times#mvt}
     * renders it (within a day, the date already written is kept); {@link #utf8Field} adds the next fields,
     * {@link #endRow} ends it.
     */
    void timeField(long seconds, int nano) throws IOException {
        room(Times.MVT_LENGTH + 2);
        if (!times.write(seconds, nano, buffer, used + 1)) {
            field(false, Times.mvt(Instant.ofEpochSecond(seconds, nano)));
            return;
        }
        buffer[used] = '"';
        used += Times.MVT_LENGTH + 1;
        buffer[used++] = '"';
    }

    /** Adds a field that is not a row's first from its UTF-8 bytes, quoted as {@link #row} quotes a string. */
    void utf8Field(byte[] utf8, int offset, int length) throws IOException {
        utf8Field(true, utf8, offset, length);
    }

    private void field(boolean comma, String field) throws IOException {
        if (!asciiField(comma, field)) {
            byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
            utf8Field(comma, utf8, 0, utf8.length);
        }
    }

    void endRow() throws IOException {
        room(2);
        buffer[used++] = '\r';
        buffer[used++] = '\n';
    }

    /** Writes a field that is all ASCII straight from its characters (no bytes made); false, writing nothing, if not. */
    private boolean asciiField(boolean comma, String field) throws IOException {
        int length = field.length();
        room(2 * length + 3);
        int at = used;
        if (comma) {
            buffer[at++] = ',';
        }
        buffer[at++] = '"';
        for (int i = 0; i < length; i++) {
            char c = field.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            buffer[at++] = (byte) c;
            if (c == '"') {
                buffer[at++] = '"';
            }
        }
        buffer[at++] = '"';
        used = at;
        return true;
    }

    private void utf8Field(boolean comma, byte[] utf8, int offset, int length) throws IOException {
        room(2 * length + 3);
        if (comma) {
            buffer[used++] = ',';
        }
        buffer[used++] = '"';
        int end = offset + length;
        for (int from = offset; from < end; ) {
            int quote = nextQuote(utf8, from, end);
            System.arraycopy(utf8, from, buffer, used, quote - from);
            used += quote - from;
            if (quote == end) {
                break;
            }
            buffer[used++] = '"';
            buffer[used++] = '"';
            from = quote + 1;
        }
        buffer[used++] = '"';
    }

    /** The index of the first double quote from {@code from}, or {@code end}; eight bytes at a time while none is. */
    private static int nextQuote(byte[] bytes, int from, int end) {
        int at = from;
        while (at + Long.BYTES <= end) {
            if (ByteWords.equal(ByteWords.at(bytes, at), (byte) '"') != 0) {
                break;
            }
            at += Long.BYTES;
        }
        for (; at < end; at++) {
            if (bytes[at] == '"') {
                return at;
            }
        }
        return end;
    }

    /** Makes room for {@code bytes} more bytes, writing the buffer out first when they do not fit. */
    private void room(int bytes) throws IOException {
        if (used + bytes <= buffer.length) {
            return;
        }
        drain();
        if (bytes > buffer.length) {
            buffer = new byte[bytes];
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    /** Gives the file its final name; when a write failed, deletes it instead and throws. */
    @Override
    public void close() throws IOException {
        try (AtomicFile open = file) {
            try (OutputStream last = out) {
                drain();
            }
            open.commit();
        }
    }
}
