package org.spyglass.core.sqlite;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

/**
 * Recovers the rows of a damaged SQLite database without SQLite's help: the schema is read from the
 * {@code sqlite_master} tree, every table's b-tree is walked page by page ({@link BtreeReader}), table leaf pages no
 * tree reaches (their interior page is damaged) are given to the one table whose column count matches their rows,
 * and every row read is written into a fresh database with the same tables. Parsers then query that database as
 * usual. Reads the damaged file only; writes only {@code target}.
 */
final class SqliteRecovery {

    /**
     * What a recovery found.
     *
     * @param rows       rows written to the recovered database
     * @param pages      pages in the damaged file
     * @param unreadable pages that were reached or found but could not be read: their rows are lost
     * @param tables     tables whose schema was read
     */
    record Outcome(long rows, long pages, long unreadable, int tables) {

        /** One sentence for a warning. */
        String summary() {
            return "recovered " + rows + " row(s) of " + tables + " table(s) by reading its pages directly; "
                    + unreadable + " of " + pages + " page(s) could not be read, so the rows on them are lost";
        }
    }

    private record Table(String name, long root, List<String> columns, int rowidAlias) {
    }

    private SqliteRecovery() {
    }

    /**
     * Reads {@code damaged} and writes what can be read into the new database {@code target}.
     *
     * @return the outcome, or null when the file is not an SQLite database or its schema cannot be read at all
     */
    static Outcome recover(Path damaged, Path target) throws IOException, SQLException {
        try (PageFile file = PageFile.open(damaged)) {
            if (file == null) {
                return null;
            }
            BtreeReader reader = new BtreeReader(file);
            List<BtreeReader.Row> master = new ArrayList<>();
            reader.walk(1, master::add);
            markFreelist(file, reader);
            try (Connection out = DriverManager.getConnection("jdbc:sqlite:" + target.toAbsolutePath())) {
                // The schema's definitions are run on this connection: it may attach no other database file.
                out.unwrap(SQLiteConnection.class).setLimit(SQLiteLimits.SQLITE_LIMIT_ATTACHED, 0);
                List<Table> tables = createSchema(out, master);
                if (tables.isEmpty()) {
                    return null;
                }
                out.setAutoCommit(false);
                long rows = 0;
                for (Table table : tables) {
                    List<BtreeReader.Row> found = new ArrayList<>();
                    reader.walk(table.root(), found::add);
                    rows += insert(out, table, found);
                }
                long lost = 0;
                for (long page : reader.leafPagesNotSeen()) {
                    List<BtreeReader.Row> found = new ArrayList<>();
                    reader.readOrphan(page, found::add);
                    Table owner = found.isEmpty() ? null : ownerByColumnCount(tables, found.get(0).values().size());
                    if (owner == null) {
                        lost++;
                    } else {
                        rows += insert(out, owner, found);
                    }
                }
                out.commit();
                return new Outcome(rows, file.pageCount(), reader.unreadable() + lost, tables.size());
            }
        }
    }

    private static void markFreelist(PageFile file, BtreeReader reader) throws IOException {
        Set<Long> trunks = new HashSet<>();
        long trunk = file.freelistTrunk();
        while (trunk > 0 && trunks.add(trunk)) {
            byte[] page = file.page(trunk);
            if (page == null) {
                return;
            }
            reader.markSeen(trunk);
            long leaves = Math.min(PageFile.read(page, 4, 4), (file.usableSize() - 8) / 4);
            for (int i = 0; i < leaves; i++) {
                reader.markSeen(PageFile.read(page, 8 + 4 * i, 4));
            }
            trunk = PageFile.read(page, 0, 4);
        }
    }

    private static List<Table> createSchema(Connection out, List<BtreeReader.Row> master) throws SQLException {
        List<Table> tables = new ArrayList<>();
        List<String> views = new ArrayList<>();
        try (Statement statement = out.createStatement()) {
            for (BtreeReader.Row row : master) {
                List<Object> v = row.values();
                if (v.size() < 5 || !(v.get(0) instanceof String type) || !(v.get(1) instanceof String name)
                        || !(v.get(4) instanceof String sql)) {
                    continue;
                }
                if (type.equals("view") && isDefinition(sql, "VIEW")) {
                    views.add(sql);
                } else if (type.equals("table") && isDefinition(sql, "TABLE") && !name.startsWith("sqlite_")
                        && v.get(3) instanceof Long root && root > 0
                        && !sql.toUpperCase(Locale.ROOT).contains("WITHOUT ROWID")) {
                    try {
                        statement.execute(sql);
                        Table table = describe(out, name, root);
                        if (!table.columns().isEmpty()) {
                            // else the definition made a table of another name than the schema row's
                            tables.add(table);
                        }
                    } catch (SQLException unusable) {
                        // A definition SQLite refuses (a damaged sql text): the table cannot be rebuilt.
                    }
                }
            }
            for (String view : views) {
                try {
                    statement.execute(view);
                } catch (SQLException unusable) {
                    // A view over a table that could not be rebuilt.
                }
            }
        }
        return tables;
    }

    /**
     * Whether {@code sql}, read from the damaged database's schema, is a definition of that kind: SQLite stores every
     * definition starting {@code CREATE TABLE } or {@code CREATE VIEW }, and the driver runs only the first statement
     * of a text. The schema is hostile input: anything else found there (an ATTACH, a VACUUM INTO, the driver's own
     * {@code backup to} command, which would write files where the evidence says) is never run.
     */
    static boolean isDefinition(String sql, String kind) {
        String start = "CREATE " + kind + " ";
        return sql.regionMatches(true, 0, start, 0, start.length());
    }

    private static Table describe(Connection out, String name, long root) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Integer> keys = new ArrayList<>();
        boolean integerKey = false;
        try (PreparedStatement statement = out.prepareStatement(
                "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(3) > 0) {
                        keys.add(columns.size());
                        integerKey = "INTEGER".equalsIgnoreCase(rs.getString(2));
                    }
                    columns.add(rs.getString(1));
                }
            }
        }
        return new Table(name, root, columns, keys.size() == 1 && integerKey ? keys.get(0) : -1);
    }

    private static Table ownerByColumnCount(List<Table> tables, int count) {
        List<Table> matching = tables.stream().filter(t -> t.columns().size() == count).toList();
        return matching.size() == 1 ? matching.get(0) : null;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static long insert(Connection out, Table table, List<BtreeReader.Row> rows) throws SQLException {
        StringBuilder names = new StringBuilder(table.rowidAlias() < 0 ? "rowid" : "");
        for (String column : table.columns()) {
            names.append(names.length() == 0 ? "" : ", ").append(quote(column));
        }
        int width = table.columns().size() + (table.rowidAlias() < 0 ? 1 : 0);
        String sql = "INSERT OR IGNORE INTO " + quote(table.name()) + " (" + names + ") VALUES ("
                + "?, ".repeat(width - 1) + "?)";
        long inserted = 0;
        try (PreparedStatement statement = out.prepareStatement(sql)) {
            for (BtreeReader.Row row : rows) {
                int parameter = 1;
                if (table.rowidAlias() < 0) {
                    statement.setLong(parameter++, row.rowid());
                }
                for (int i = 0; i < table.columns().size(); i++) {
                    Object value = i < row.values().size() ? row.values().get(i) : null;
                    statement.setObject(parameter++, i == table.rowidAlias() ? Long.valueOf(row.rowid()) : value);
                }
                inserted += statement.executeUpdate();
            }
        }
        return inserted;
    }
}
