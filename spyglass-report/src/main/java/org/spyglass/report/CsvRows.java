package org.spyglass.report;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the RFC 4180 CSV that Spyglass writes (quoted fields, doubled quotes, CRLF rows, line breaks inside quotes),
 * one row at a time. A field longer than {@link #MAX_FIELD} characters is cut there: evidence is hostile.
 */
final class CsvRows {
    static final int MAX_FIELD = 64 * 1024;

    private final Reader in;
    private char[] field = new char[256];
    private int fieldLength;
    private final char[] buffer = new char[1 << 14];
    private int position;
    private int limit;
    private int pending = -2;

    CsvRows(Reader in) {
        this.in = in;
    }

    /** The next row, or null at the end of the input. */
    List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> row = new ArrayList<>(4);
        boolean quoted = false;
        boolean wasQuoted = false;
        fieldLength = 0;
        while (true) {
            if (c == -1) {
                row.add(new String(field, 0, fieldLength));
                return row;
            }
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    append((char) c);
                    appendRun(true);
                }
            } else if (c == '"' && fieldLength == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(new String(field, 0, fieldLength));
                fieldLength = 0;
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pending = d;
                    }
                }
                row.add(new String(field, 0, fieldLength));
                return row;
            } else {
                append((char) c);
                appendRun(false);
            }
            c = read();
        }
    }

    private void append(char c) {
        if (fieldLength < MAX_FIELD) {
            reserve(1);
            field[fieldLength++] = c;
        }
    }

    /** Grows the field's array to hold {@code more} characters (the caller keeps within {@link #MAX_FIELD}). */
    private void reserve(int more) {
        if (fieldLength + more > field.length) {
            field = Arrays.copyOf(field, Math.max(fieldLength + more, Math.min(MAX_FIELD, field.length * 2)));
        }
    }

    /**
     * Appends, at once, the characters from the read position on that cannot end the field or change the state (up
     * to a quote inside quotes; up to a comma or line break outside, where a quote is plain once the field has text),
     * as far as the buffer holds them; the character-by-character loop handles the rest.
     */
    private void appendRun(boolean quoted) {
        int end = position;
        while (end < limit) {
            char c = buffer[end];
            if (quoted ? c == '"' : c == ',' || c == '\r' || c == '\n') {
                break;
            }
            end++;
        }
        int copied = Math.min(end - position, MAX_FIELD - fieldLength);
        if (copied > 0) {
            reserve(copied);
            System.arraycopy(buffer, position, field, fieldLength, copied);
            fieldLength += copied;
        }
        position = end;
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }
}
