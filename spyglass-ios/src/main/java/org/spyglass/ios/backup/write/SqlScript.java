package org.spyglass.ios.backup.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.spyglass.core.time.Times;

/**
 * Writes SQLite databases from SQL text, for synthetic evidence (the sample backup and test fixtures). Never used on
 * evidence.
 */
public final class SqlScript {

    private SqlScript() {
    }

    /** Creates (or extends) the database {@code file} by running {@code sql}, a script of statements. */
    public static void run(Path file, String sql) throws IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String part : statements(sql)) {
                statement.execute(part);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates {@code file} from {@code baseSql}, then switches it to WAL mode and runs {@code walSql} without a
     * checkpoint: the rows of {@code walSql} exist only in {@code <file>-wal}, as on a phone that was backed up while
     * the database was in use. The {@code -wal} and {@code -shm} files are left beside {@code file}.
     */
    public static void runWithWal(Path file, String baseSql, String walSql) throws IOException {
        run(file, baseSql);
        Path work = Files.createTempDirectory("spyglass-wal-");
        try {
            Path live = work.resolve("live.db");
            Files.copy(file, live);
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + live);
                 Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA wal_autocheckpoint=0");
                for (String part : statements(walSql)) {
                    statement.execute(part);
                }
                // Copied while the connection is open: closing it would checkpoint the WAL into the database.
                Files.copy(live, file, StandardCopyOption.REPLACE_EXISTING);
                Files.copy(work.resolve("live.db-wal"), file.resolveSibling(file.getFileName() + "-wal"),
                        StandardCopyOption.REPLACE_EXISTING);
                Files.copy(work.resolve("live.db-shm"), file.resolveSibling(file.getFileName() + "-shm"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (SQLException e) {
                throw new IOException("Could not write the WAL of " + file + ": " + e.getMessage(), e);
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(path -> {
                    try {
                        Files.deleteIfExists(path);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    /**
     * An INSERT statement with the values written as SQL literals: text quoted, numbers as they are, byte arrays as
     * blobs, null as NULL. The map's order gives the column order.
     */
    public static String insert(String table, Map<String, ?> values) {
        StringBuilder columns = new StringBuilder();
        StringBuilder literals = new StringBuilder();
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            if (columns.length() > 0) {
                columns.append(", ");
                literals.append(", ");
            }
            columns.append(entry.getKey());
            literals.append(literal(entry.getValue()));
        }
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + literals + ");\n";
    }

    static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof byte[] bytes) {
            return "X'" + HexFormat.of().formatHex(bytes) + "'";
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    /** Apple time in seconds since 2001-01-01 UTC, as Core Data stores it. */
    public static double appleSeconds(Instant instant) {
        return (instant.toEpochMilli() - Times.APPLE_EPOCH_OFFSET * 1000L) / 1000.0;
    }

    /** Apple time in nanoseconds since 2001-01-01 UTC, as sms.db stores it since iOS 11. */
    public static long appleNanos(Instant instant) {
        return (instant.getEpochSecond() - Times.APPLE_EPOCH_OFFSET) * 1_000_000_000L + instant.getNano();
    }

    /** Reads a UTF-8 SQL resource relative to {@code anchor}'s package. */
    public static String resource(Class<?> anchor, String name) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name + " beside " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Splits a script on semicolons outside quotes and comments. */
    static List<String> statements(String sql) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                current.append(c);
            } else if (c == ';') {
                add(parts, current);
            } else {
                current.append(c);
            }
        }
        add(parts, current);
        return parts;
    }

    private static void add(List<String> parts, StringBuilder current) {
        String statement = current.toString().trim();
        if (!statement.isEmpty()) {
            parts.add(statement);
        }
        current.setLength(0);
    }
}
