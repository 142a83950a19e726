package org.spyglass.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.spyglass.ios.backup.write.SqlScript;

/**
 * A new SQLite database filled fast: the schema from a real schema script, then rows through prepared statements
 * in batches, all in one transaction with the journal off (the file is synthetic: a crash just means writing it
 * again). Not thread-safe.
 */
final class BulkDatabase implements AutoCloseable {
    private static final int BATCH = 10_000;

    private final Path file;
    private final Connection connection;

    private BulkDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Creates {@code file} from {@code schema} (SQL text) and opens it for inserts. */
    static BulkDatabase create(Path file, String schema) throws IOException {
        SqlScript.run(file, schema);
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = OFF");
                statement.execute("PRAGMA synchronous = OFF");
            }
            connection.setAutoCommit(false);
            return new BulkDatabase(file, connection);
        } catch (SQLException e) {
            throw new IOException("Could not open " + file + ": " + e.getMessage(), e);
        }
    }

    /** Receives one row's parameters for the insert. */
    @FunctionalInterface
    interface RowFiller {
        void fill(PreparedStatement insert, int row) throws SQLException;
    }

    /** Runs {@code sql} (an INSERT with parameters) {@code rows} times, numbering rows from 0. */
    void insert(String sql, int rows, RowFiller filler) throws IOException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int row = 0; row < rows; row++) {
                filler.fill(insert, row);
                insert.addBatch();
                if ((row + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IOException("Could not fill " + file + " with " + sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try (connection) {
            connection.commit();
        } catch (SQLException e) {
            throw new IOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
