package org.spyglass.core.sqlite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * A read-only connection to a <em>scratch copy</em> of an evidence database (see
 * {@link org.spyglass.core.source.Source#sqliteCopy}). It is opened with {@code mode=ro} rather than
 * {@code immutable=1} so that the copied {@code -wal} is read. Never open an evidence file directly.
 *
 * <p>A file that is not a database (encrypted, not SQLite, damaged header) is refused at {@link #open} with an
 * {@link UnreadableDatabaseException}; an empty file opens as a database without tables. Query rows stream through
 * {@link Rows}. Not thread-safe: one connection per parser.
 */
public final class EvidenceDatabase implements AutoCloseable {
    private final Path path;
    private final Connection connection;
    /** True when the database stores text as UTF-8 (its encoding is fixed when it is created). */
    private final boolean utf8;

    private EvidenceDatabase(Path path, Connection connection, boolean utf8) {
        this.path = path;
        this.connection = connection;
        this.utf8 = utf8;
    }

    /** Opens the copy read-only and checks that SQLite can read its schema. */
    public static EvidenceDatabase open(Path copy) throws UnreadableDatabaseException {
        if (!Files.isRegularFile(copy)) {
            throw new UnreadableDatabaseException(copy + " cannot be opened as a database: it is not a file", null);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        // Without SQLite's own lock per call: the driver already serialises every use of a connection (its native
        // calls are synchronized on the connection), and each connection is used by one module thread at a time.
        // With the lock, reading a row's values cost two lock operations per native call.
        config.setOpenMode(SQLiteOpenMode.NOMUTEX);
        Connection connection = null;
        try {
            connection = config.createConnection("jdbc:sqlite:" + uri(copy));
            try (Statement probe = connection.createStatement();
                 ResultSet rs = probe.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next();
            }
            return new EvidenceDatabase(copy, connection, storesUtf8(connection));
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new UnreadableDatabaseException(copy.getFileName() + " is not a readable SQLite database ("
                    + reason(e) + ")", e);
        }
    }

    /** The copy this connection reads. */
    public Path path() {
        return path;
    }

    public boolean hasTable(String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ? COLLATE NOCASE")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The table's column names, compared case-insensitively; empty when the table does not exist. */
    public Set<String> columns(String table) throws SQLException {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name FROM pragma_table_info(?)")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /** Runs a query with positional parameters; the caller closes the returned rows. */
    public Rows query(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return new Rows(statement, statement.executeQuery(), utf8);
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /**
     * True when SQLite's quick check finds every page of the database sound. A damaged database may open and answer
     * some queries while others fail half-way; this finds out before any row is read.
     */
    public boolean intact() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA quick_check(1)")) {
            return rs.next() && "ok".equalsIgnoreCase(rs.getString(1));
        } catch (SQLException e) {
            if (isDamage(e)) {
                return false;
            }
            throw e;
        }
    }

    /** True when the error means the database content is damaged or not a database. */
    public static boolean isDamage(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            int primary = sqlite.getResultCode().code & 0xff;
            return primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code;
        }
        return false;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private static boolean storesUtf8(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA encoding")) {
            return rs.next() && "UTF-8".equalsIgnoreCase(rs.getString(1));
        }
    }

    private static String reason(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_NOTADB) {
                return "not a database: encrypted, or another kind of file";
            }
            if (isDamage(e)) {
                return "the database is malformed";
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().toLowerCase(Locale.ROOT);
    }

    /** An SQLite URI for the file, percent-encoding what SQLite's URI syntax reserves. */
    static String uri(Path file) {
        StringBuilder out = new StringBuilder("file:");
        for (byte b : file.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '%' || c == '?' || c == '#' || c < 0x20 || c >= 0x7f) {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.append("?mode=ro").toString();
    }

    private static void closeQuietly(Connection connection, SQLException cause) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
