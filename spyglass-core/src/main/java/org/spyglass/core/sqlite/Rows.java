package org.spyglass.core.sqlite;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows of one query, read one at a time ({@link #next()}), never all loaded. Getters take a column label and
 * return null for SQL NULL; each label is resolved to its column once per query, not once per row. The caller closes
 * it. Not thread-safe.
 */
public final class Rows implements AutoCloseable {
    private final PreparedStatement statement;
    private final ResultSet results;
    private final Set<String> labels = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    /** The labels asked for so far (compared by identity first: callers pass constants) and their column numbers. */
    private String[] asked = new String[8];
    private int[] columns = new int[8];
    private int askedCount;

    Rows(PreparedStatement statement, ResultSet results) throws SQLException {
        this.statement = statement;
        this.results = results;
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
        Object value = results.getObject(column(label));
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException notNumeric) {
                return null;
            }
        }
        return null;
    }

    /** The value as a number, integer values kept exact ({@link Long}) and real ones as {@link Double}. */
    public Number getNumber(String label) throws SQLException {
        Object value = results.getObject(column(label));
        if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return null;
    }

    /** The value as text (numbers rendered in {@link Locale#ROOT}), or null. Blobs are decoded as UTF-8. */
    public String getString(String label) throws SQLException {
        Object value = results.getObject(column(label));
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value.toString();
    }

    /** The value's bytes (text as UTF-8, numbers as their text), or null for NULL; each value is copied once. */
    public byte[] getBytes(String label) throws SQLException {
        byte[] bytes = results.getBytes(column(label));
        return results.wasNull() ? null : bytes;
    }

    /** The column number of a label, found by the driver the first time it is asked for and remembered. */
    private int column(String label) throws SQLException {
        for (int i = 0; i < askedCount; i++) {
            if (asked[i] == label) {
                return columns[i];
            }
        }
        for (int i = 0; i < askedCount; i++) {
            if (asked[i].equals(label)) {
                return columns[i];
            }
        }
        int column = results.findColumn(label);
        if (askedCount == asked.length) {
            asked = Arrays.copyOf(asked, askedCount * 2);
            columns = Arrays.copyOf(columns, askedCount * 2);
        }
        asked[askedCount] = label;
        columns[askedCount++] = column;
        return column;
    }

    @Override
    public void close() throws SQLException {
        try {
            results.close();
        } finally {
            statement.close();
        }
    }
}
