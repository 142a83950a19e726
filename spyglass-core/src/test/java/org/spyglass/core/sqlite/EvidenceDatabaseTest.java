package org.spyglass.core.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void readsRowsThatAreOnlyInTheCopiedWal() throws Exception {
        Path db = dir.resolve("live.db");
        Path copy = Files.createDirectories(dir.resolve("copy")).resolve("live.db");
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = writer.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA wal_autocheckpoint=0");
            statement.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
            statement.execute("INSERT INTO t VALUES (1, 'only in the wal')");
            assertThat(Files.size(dir.resolve("live.db-wal"))).isPositive();
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.copy(dir.resolve("live.db" + suffix), copy.resolveSibling("live.db" + suffix));
            }
        }
        try (EvidenceDatabase database = EvidenceDatabase.open(copy);
             Rows rows = database.query("SELECT id, name FROM t")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong("id")).isEqualTo(1L);
            assertThat(rows.getString("name")).isEqualTo("only in the wal");
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void isReadOnly() throws Exception {
        Path db = create("CREATE TABLE t (id INTEGER)");
        try (EvidenceDatabase database = EvidenceDatabase.open(db)) {
            assertThatThrownBy(() -> database.query("INSERT INTO t VALUES (1)").close())
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void probesTablesAndColumnsCaseInsensitively() throws Exception {
        Path db = create("CREATE TABLE message (ROWID INTEGER PRIMARY KEY, text TEXT, Date INTEGER)");
        try (EvidenceDatabase database = EvidenceDatabase.open(db)) {
            assertThat(database.hasTable("MESSAGE")).isTrue();
            assertThat(database.hasTable("handle")).isFalse();
            java.util.Set<String> columns = database.columns("message");
            assertThat(List.of("rowid", "TEXT", "date")).allMatch(columns::contains);
            assertThat(columns).hasSize(3);
            assertThat(database.columns("handle")).isEmpty();
        }
    }

    @Test
    void refusesAFileThatIsNotADatabaseWithAnUnreadableDatabaseException() throws Exception {
        Path garbage = dir.resolve("sms.db");
        Files.write(garbage, "this is not SQLite at all, it might be encrypted bytes".repeat(100)
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> EvidenceDatabase.open(garbage))
                .isInstanceOf(UnreadableDatabaseException.class)
                .hasMessageContaining("sms.db is not a readable SQLite database")
                .hasMessageContaining("not a database");
    }

    @Test
    void opensAnEmptyFileAsADatabaseWithoutTables() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        try (EvidenceDatabase database = EvidenceDatabase.open(empty)) {
            assertThat(database.hasTable("message")).isFalse();
        }
        assertThat(empty).isEmptyFile();
    }

    @Test
    void opensPathsWithCharactersThatUriSyntaxReserves() throws Exception {
        Path odd = Files.createDirectories(dir.resolve("a ?#%b"));
        Path db = create(odd.resolve("x.db"), "CREATE TABLE t (id INTEGER); INSERT INTO t VALUES (5)");
        try (EvidenceDatabase database = EvidenceDatabase.open(db); Rows rows = database.query("SELECT id FROM t")) {
            rows.next();
            assertThat(rows.getNumber("id")).isEqualTo(5L);
        }
    }

    @Test
    void findsEachColumnWhateverTheOrderItsLabelIsAskedIn() throws Exception {
        Path db = create("CREATE TABLE t (a INTEGER, b TEXT, c REAL); INSERT INTO t VALUES (1, 'x', 2.5); "
                + "INSERT INTO t VALUES (2, 'y', 3.5); INSERT INTO t VALUES (3, 'z', 4.5)");
        List<Object> seen = new ArrayList<>();
        try (EvidenceDatabase database = EvidenceDatabase.open(db);
             Rows rows = database.query("SELECT a, b, c FROM t ORDER BY a")) {
            rows.next();
            seen.addAll(Arrays.asList(rows.getLong("a"), rows.getString("b"), rows.getNumber("c")));
            rows.next();
            seen.addAll(Arrays.asList(rows.getNumber("c"), rows.getString("b"), rows.getString("b"),
                    rows.getLong("a")));
            rows.next();
            seen.addAll(Arrays.asList(rows.getString(new String("b")), rows.getLong(new String("a")),
                    rows.getNumber("c")));
        }
        assertThat(seen).containsExactly(1L, "x", 2.5, 3.5, "y", "y", 2L, "z", 3L, 4.5);
    }

    @Test
    void closedRowsRefuseToBeRead() throws Exception {
        Path db = create("CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1)");
        try (EvidenceDatabase database = EvidenceDatabase.open(db)) {
            Rows rows = database.query("SELECT a FROM t");
            rows.next();
            assertThat(rows.getLong("a")).isEqualTo(1L);
            rows.close();
            assertThatThrownBy(() -> rows.getLong("a")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("closed");
            assertThatThrownBy(() -> rows.getBytes("a")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void streamsRowsWithParametersAndNullsAsNull() throws Exception {
        Path db = create("CREATE TABLE t (id INTEGER, r REAL, b BLOB); "
                + "INSERT INTO t VALUES (1, 1.5, x'0102'); INSERT INTO t VALUES (2, NULL, NULL)");
        List<Object> seen = new ArrayList<>();
        try (EvidenceDatabase database = EvidenceDatabase.open(db);
             Rows rows = database.query("SELECT * FROM t WHERE id >= ? ORDER BY id", 1)) {
            while (rows.next()) {
                seen.add(rows.getNumber("r"));
                seen.add(rows.getBytes("b") == null ? null : rows.getBytes("b").length);
            }
            assertThat(rows.has("R")).isTrue();
        }
        assertThat(seen).containsExactly(1.5, 2, null, null);
    }

    @Test
    void readsEveryStorageClassAsBytesAndNullAsNull() throws Exception {
        Path db = create("CREATE TABLE t (id INTEGER, b); INSERT INTO t VALUES (1, x'0102'); "
                + "INSERT INTO t VALUES (2, x''); INSERT INTO t VALUES (3, 'ab'); INSERT INTO t VALUES (4, 7); "
                + "INSERT INTO t VALUES (5, NULL)");
        List<byte[]> seen = new ArrayList<>();
        try (EvidenceDatabase database = EvidenceDatabase.open(db);
             Rows rows = database.query("SELECT b FROM t ORDER BY id")) {
            while (rows.next()) {
                seen.add(rows.getBytes("b"));
            }
        }
        assertThat(seen).containsExactly(new byte[] {1, 2}, new byte[0], "ab".getBytes(StandardCharsets.UTF_8),
                "7".getBytes(StandardCharsets.UTF_8), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16le", "UTF-16be"})
    void readsEachStorageClassAsTextWholeNumberAndNumberInAnyTextEncoding(String encoding) throws Exception {
        Path db = create("PRAGMA encoding = '" + encoding + "'; CREATE TABLE t (id INTEGER, v); "
                + "INSERT INTO t VALUES (1, 12); INSERT INTO t VALUES (2, 1.5); INSERT INTO t VALUES (3, 'h\u00e9llo'); "
                + "INSERT INTO t VALUES (4, ' 42 '); INSERT INTO t VALUES (5, x'68c3a9ff'); "
                + "INSERT INTO t VALUES (6, NULL); INSERT INTO t VALUES (7, 3000000000); INSERT INTO t VALUES (8, 1e20); "
                + "INSERT INTO t VALUES (9, ''); INSERT INTO t VALUES (10, -7.0); INSERT INTO t VALUES (11, 1e999); "
                + "INSERT INTO t VALUES (12, -1e999); INSERT INTO t VALUES (13, 1e-300); INSERT INTO t VALUES (14, '2.5'); "
                + "INSERT INTO t VALUES (15, 9223372036854775807); INSERT INTO t VALUES (16, 100.0)");
        List<List<Object>> seen = new ArrayList<>();
        try (EvidenceDatabase database = EvidenceDatabase.open(db);
             Rows rows = database.query("SELECT v FROM t ORDER BY id")) {
            while (rows.next()) {
                seen.add(Arrays.asList(rows.getString("v"), rows.getLong("v"), rows.getNumber("v")));
            }
        }
        assertThat(seen).containsExactly(
                List.of("12", 12L, 12L),
                Arrays.asList("1.5", 1L, 1.5),
                Arrays.asList("h\u00e9llo", null, null),
                Arrays.asList(" 42 ", 42L, null),
                Arrays.asList("h\u00e9\ufffd", null, null),
                Arrays.asList(null, null, null),
                List.of("3000000000", 3000000000L, 3000000000L),
                List.of("1.0E20", Long.MAX_VALUE, 1e20),
                Arrays.asList("", null, null),
                List.of("-7.0", -7L, -7.0),
                List.of("Infinity", Long.MAX_VALUE, Double.POSITIVE_INFINITY),
                List.of("-Infinity", Long.MIN_VALUE, Double.NEGATIVE_INFINITY),
                List.of("1.0E-300", 0L, 1e-300),
                Arrays.asList("2.5", null, null),
                List.of("9223372036854775807", Long.MAX_VALUE, Long.MAX_VALUE),
                List.of("100.0", 100L, 100.0));
    }

    private Path create(String sql) throws SQLException {
        return create(dir.resolve("t.db"), sql);
    }

    private Path create(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String part : sql.split(";")) {
                statement.execute(part);
            }
        }
        return file;
    }
}
