package org.spyglass.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Hostile inputs made by code, for tests that run every parser over them: damaged and garbage SQLite, databases with
 * the expected tables but hostile values, empty files, cyclic, deep and huge plists, invalid UTF-8, JSON of the wrong
 * shape, dumpsys sections cut in half and NDJSON junk. Every item is deterministic (seeded).
 */
public final class MalformedCorpus {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int DEPTH = 100_000;

    /** One input: a name for the test report and its bytes. */
    public record Item(String name, byte[] bytes) {
        public Item {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private MalformedCorpus() {
    }

    /**
     * Every item. {@code schemas} are SQL scripts of the databases the parsers expect; their tables are created in
     * one database and filled with hostile rows (wrong types, NULLs, huge blobs). Statements that fail (a table of
     * two scripts) are skipped.
     */
    public static List<Item> items(List<String> schemas) throws IOException {
        List<Item> items = new ArrayList<>();
        items.add(new Item("zero-byte file", new byte[0]));
        byte[] valid = smallDatabase();
        items.add(new Item("SQLite truncated after one and a half pages", Arrays.copyOf(valid, 1536)));
        items.add(new Item("SQLite header then garbage", sqliteGarbage()));
        items.add(new Item("SQLite with hostile rows in the expected tables", hostileRows(schemas)));
        items.add(new Item("binary plist whose array contains itself", selfReferencingPlist()));
        items.add(new Item("binary plist nested " + DEPTH + " levels", deepBinaryPlist()));
        items.add(new Item("XML plist nested " + DEPTH + " levels", deepXmlPlist()));
        items.add(new Item("binary plist claiming two billion objects", hugeClaimPlist()));
        items.add(new Item("invalid UTF-8", invalidUtf8()));
        items.add(new Item("JSON nested " + DEPTH + " levels", ("[".repeat(DEPTH) + "]".repeat(DEPTH))
                .getBytes(StandardCharsets.UTF_8)));
        items.add(new Item("JSON of another shape", "{\"results\": \"none\", \"0\": [null, 1.5e308, {}]}"
                .getBytes(StandardCharsets.UTF_8)));
        items.add(new Item("JSON cut in the middle", "[{\"package_name\": \"com.example\", \"files\": [{\"path"
                .getBytes(StandardCharsets.UTF_8)));
        items.add(new Item("NDJSON junk", "{\"a\": 1}\nnot json\n[]\n{\"b\":\n\"text\"\n42\n"
                .getBytes(StandardCharsets.UTF_8)));
        items.add(new Item("dumpsys section cut in half", """
                -------------------------------------------------------------------------------
                DUMP OF SERVICE package:
                Packages:
                  Package [com.example.app] (1a2b3c):
                    userId=10""".getBytes(StandardCharsets.UTF_8)));
        items.add(new Item("one 4 MB line", "A".repeat(4 << 20).getBytes(StandardCharsets.US_ASCII)));
        return List.copyOf(items);
    }

    /** A valid database of several pages: one table of 200 rows. */
    public static byte[] smallDatabase() throws IOException {
        return database(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, data BLOB)");
                statement.execute("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 199) "
                        + "INSERT INTO t (name, data) SELECT 'row ' || i, zeroblob(40) FROM n");
            }
        });
    }

    private static byte[] sqliteGarbage() {
        byte[] bytes = new byte[8192];
        new Random(9).nextBytes(bytes);
        System.arraycopy(SQLITE_MAGIC, 0, bytes, 0, SQLITE_MAGIC.length);
        bytes[16] = 0x10;
        bytes[17] = 0x00;
        return bytes;
    }

    /**
     * A database with the tables of {@code schemas} (SQL scripts; statements other than CREATE are skipped), each
     * holding a few plausible rows: a valid starting point for mutating database bytes.
     */
    public static byte[] plausibleDatabase(List<String> schemas) throws IOException {
        return filled(schemas, new Object[] {1L, "https://example.com/a", 700_000_000L, 1.5, "com.example.app"});
    }

    private static byte[] hostileRows(List<String> schemas) throws IOException {
        return filled(schemas, new Object[] {null, "not a number", -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1.0e300,
            Double.NaN, new byte[] {(byte) 0xff, 0, (byte) 0xfe}, "\uFFFD\u0000text", new byte[1 << 16]});
    }

    private static byte[] filled(List<String> schemas, Object[] values) throws IOException {
        return database(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String script : schemas) {
                    for (String sql : script.replaceAll("(?m)--.*$", "").split(";")) {
                        if (sql.strip().toUpperCase(Locale.ROOT).startsWith("CREATE")) {
                            try {
                                statement.execute(sql);
                            } catch (SQLException duplicate) {
                                // The same table in two scripts: the first one stands.
                            }
                        }
                    }
                }
            }
            List<String> tables = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery(
                         "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                int columns = columnCount(connection, table);
                String marks = String.join(", ", Collections.nCopies(columns, "?"));
                for (Object value : values) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT OR IGNORE INTO \"" + table + "\" VALUES (" + marks + ")")) {
                        for (int i = 1; i <= columns; i++) {
                            insert.setObject(i, value);
                        }
                        insert.executeUpdate();
                    } catch (SQLException constraint) {
                        // A NOT NULL or CHECK constraint refused this value: the other rows still go in.
                    }
                }
            }
        });
    }

    private static int columnCount(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM pragma_table_info(?)")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    @FunctionalInterface
    private interface Filler {
        void fill(Connection connection) throws SQLException;
    }

    private static byte[] database(Filler filler) throws IOException {
        Path folder = Files.createTempDirectory("spyglass-corpus-");
        Path file = folder.resolve("corpus.db");
        try {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
                filler.fill(connection);
            } catch (SQLException e) {
                throw new IOException("Could not build a corpus database: " + e.getMessage(), e);
            }
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /** A binary plist: objects (each already encoded), then the offset table and trailer; refs are 4 bytes. */
    private static byte[] binaryPlist(List<byte[]> objects, long claimedCount) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("bplist00".getBytes(StandardCharsets.US_ASCII));
        List<Integer> offsets = new ArrayList<>();
        for (byte[] object : objects) {
            offsets.add(out.size());
            out.writeBytes(object);
        }
        int tableOffset = out.size();
        for (int offset : offsets) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(offset).array());
        }
        ByteBuffer trailer = ByteBuffer.allocate(32);
        trailer.position(6);
        trailer.put((byte) 4).put((byte) 4).putLong(claimedCount).putLong(0).putLong(tableOffset);
        out.writeBytes(trailer.array());
        return out.toByteArray();
    }

    private static byte[] arrayOf(int ref) {
        return ByteBuffer.allocate(5).put((byte) 0xA1).putInt(ref).array();
    }

    private static byte[] selfReferencingPlist() {
        return binaryPlist(List.of(arrayOf(0)), 1);
    }

    private static byte[] deepBinaryPlist() {
        List<byte[]> objects = new ArrayList<>();
        for (int i = 0; i < DEPTH; i++) {
            objects.add(i == DEPTH - 1 ? new byte[] {0x08} : arrayOf(i + 1));
        }
        return binaryPlist(objects, DEPTH);
    }

    private static byte[] hugeClaimPlist() {
        return binaryPlist(List.of(new byte[] {(byte) 0xAF, 0x12, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff}),
                Integer.MAX_VALUE);
    }

    private static byte[] deepXmlPlist() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">"
                + "<array>".repeat(DEPTH) + "</array>".repeat(DEPTH) + "</plist>\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("line one\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) 0xC3, 0x28, '\n', (byte) 0xFF, (byte) 0xFE, '\n', (byte) 0xED, (byte) 0xA0,
            (byte) 0x80, '\n', (byte) 0xC0, (byte) 0xAF, 0, '\n', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
        return out.toByteArray();
    }
}
