package org.spyglass.core.sqlite;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.core.Codes;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;
import org.sqlite.core.SafeStmtPtr;

/**
 * The rows of one query, read one at a time ({@link #next()}), never all loaded. Getters take a column label and
 * return null for SQL NULL; each label is resolved to its column once per query, not once per row. The caller closes
 * it. Not thread-safe.
 *
 * <p>Values are read from the driver's native statement directly, two native calls per value (its storage class, then
 * the value of that class; text in a UTF-8 database in one call: its bytes), rather than through {@link ResultSet}
 * getters, which cost more native calls and decode text through a direct buffer. The values are the same as
 * {@link ResultSet#getObject}'s. The native calls lock the connection themselves; the driver's own wrapper
 * ({@code SafeStmtPtr.safeRun}) would add a second, recursive lock and an allocation per value, and only guards against
 * a statement closed meanwhile, which this class checks itself (a closed instance refuses every getter).
 */
public final class Rows implements AutoCloseable {
    private final PreparedStatement statement;
    private final ResultSet results;
    /** The connection's native handle and the statement's native pointer, read once (see {@link #Rows}). */
    private final DB db;
    private final long statementPointer;
    /** True when the database stores text as UTF-8, so a text value's bytes can be decoded here. */
    private final boolean utf8;
    private final Set<String> labels = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    /** The labels asked for so far (compared by identity first: callers pass constants) and their column numbers. */
    private String[] asked = new String[8];
    private int[] columns = new int[8];
    private int askedCount;
    /** Where the last label asked for is in {@link #asked}. */
    private int lastAsked = -1;
    private boolean closed;

    Rows(PreparedStatement statement, ResultSet results, boolean utf8) throws SQLException {
        this.statement = statement;
        this.results = results;
        SafeStmtPtr pointer = ((CoreStatement) statement).pointer;
        this.db = pointer.safeRun((database, statementPointer) -> database);
        this.statementPointer = pointer.safeRunLong((database, statementPointer) -> statementPointer);
        this.utf8 = utf8;
        for (int i = 1; i <= results.getMetaData().getColumnCount(); i++) {
            labels.add(results.getMetaData().getColumnLabel(i));
        }
    }

    /** Moves to the next row; false after the last. */
    public boolean next() throws SQLException {
        return results.next();
    }

    /** True when the query has a column with this label (case-insensitive). */
    public boolean has(String label) {
        return labels.contains(label);
    }

    public Object getObject(String label) throws SQLException {
        return results.getObject(column(label));
    }

    /** The value as a whole number, or null when NULL or not numeric. */
    public Long getLong(String label) throws SQLException {
        int index = column(label) - 1;
        return switch (db.column_type(statementPointer, index)) {
            case Codes.SQLITE_INTEGER -> Long.valueOf(db.column_long(statementPointer, index));
            case Codes.SQLITE_FLOAT -> Long.valueOf((long) db.column_double(statementPointer, index));
            case Codes.SQLITE_TEXT -> parseLong(text(db, statementPointer, index));
            default -> null;
        };
    }

    /** The value as a number, integer values kept exact ({@link Long}) and real ones as {@link Double}. */
    public Number getNumber(String label) throws SQLException {
        int index = column(label) - 1;
        return switch (db.column_type(statementPointer, index)) {
            case Codes.SQLITE_INTEGER -> (Number) Long.valueOf(db.column_long(statementPointer, index));
            case Codes.SQLITE_FLOAT -> (Number) Double.valueOf(db.column_double(statementPointer, index));
            default -> null;
        };
    }

    /** The value as text (numbers rendered in {@link Locale#ROOT}), or null. Blobs are decoded as UTF-8. */
    public String getString(String label) throws SQLException {
        int index = column(label) - 1;
        if (!utf8) {
            return switch (db.column_type(statementPointer, index)) {
                case Codes.SQLITE_INTEGER -> Long.toString(db.column_long(statementPointer, index));
                case Codes.SQLITE_FLOAT -> Double.toString(db.column_double(statementPointer, index));
                case Codes.SQLITE_TEXT -> db.column_text(statementPointer, index);
                case Codes.SQLITE_BLOB -> new String(db.column_blob(statementPointer, index), StandardCharsets.UTF_8);
                default -> null;
            };
        }
        byte[] bytes = db.column_blob(statementPointer, index);
        if (bytes == null) {
            return null;
        }
        if (maybeReal(bytes) && db.column_type(statementPointer, index) == Codes.SQLITE_FLOAT) {
            return Double.toString(db.column_double(statementPointer, index));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The value's bytes (text as stored, numbers as their text), or null for NULL; each value is copied once. */
    public byte[] getBytes(String label) throws SQLException {
        int index = column(label) - 1;
        return db.column_blob(statementPointer, index);
    }

    private String text(DB db, long statementPointer, int index) throws SQLException {
        return utf8
                ? new String(db.column_blob(statementPointer, index), StandardCharsets.UTF_8)
                : db.column_text(statementPointer, index);
    }

    /**
     * Whether {@code bytes} may be SQLite's text of a real value, which is rendered here as Java renders a double: it
     * always has a decimal point, or reads {@code Inf} (at most 24 bytes). Text, whole numbers and blobs read as their
     * bytes, which needs one native call instead of two.
     */
    private static boolean maybeReal(byte[] bytes) {
        if (bytes.length > 24) {
            return false;
        }
        for (byte b : bytes) {
            if (b == '.' || b == 'I') {
                return true;
            }
        }
        return false;
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException notNumeric) {
            return null;
        }
    }

    /**
     * The column number of a label, found by the driver the first time it is asked for and remembered. A parser asks
     * for the same labels in the same order on every row, so the label after the last one asked for is tried first.
     */
    private int column(String label) throws SQLException {
        if (closed) {
            // the statement's native pointer is freed: reading through it would read freed memory
            throw new SQLException("the rows of this query were closed");
        }
        if (askedCount > 0) {
            int next = lastAsked + 1 == askedCount ? 0 : lastAsked + 1;
            if (asked[next] == label) {
                lastAsked = next;
                return columns[next];
            }
        }
        for (int i = 0; i < askedCount; i++) {
            if (asked[i] == label) {
                lastAsked = i;
                return columns[i];
            }
        }
        for (int i = 0; i < askedCount; i++) {
            if (asked[i].equals(label)) {
                lastAsked = i;
                return columns[i];
            }
        }
        int column = results.findColumn(label);
        if (askedCount == asked.length) {
            asked = Arrays.copyOf(asked, askedCount * 2);
            columns = Arrays.copyOf(columns, askedCount * 2);
        }
        asked[askedCount] = label;
        columns[askedCount] = column;
        lastAsked = askedCount++;
        return column;
    }

    @Override
    public void close() throws SQLException {
        closed = true;
        try {
            results.close();
        } finally {
            statement.close();
        }
    }
}
