package org.spyglass.core.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.module.Warning;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.SqliteParserTest.Note;
import org.spyglass.core.sqlite.SqliteParserTest.NotesParser;
import org.spyglass.core.testing.CollectingParseContext;
import org.spyglass.core.testing.TestFolderSource;

class SqliteRecoveryTest {
    private static final int PAGE = 1024;
    private static final int NOTES = 2000;
    private static final String BODY = "overflowing text ".repeat(300);

    @TempDir
    Path evidence;
    private Path db;

    @BeforeEach
    void buildDatabase() throws SQLException {
        db = evidence.resolve("notes.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA page_size=" + PAGE);
            statement.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
            statement.execute("CREATE TABLE big (n INTEGER, body TEXT, extra BLOB)");
            statement.execute("WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < " + NOTES
                    + ") INSERT INTO notes SELECT i, 'note ' || i FROM k");
            statement.execute("INSERT INTO big VALUES (-7, '" + BODY + "', x'00ff')");
        }
    }

    @Test
    void recoversEveryRowThroughOrphanedLeavesWhenTheRootPageIsDestroyed() throws Exception {
        long root = rootPage("notes");
        assertThat(pageType(root)).isEqualTo(0x05);
        smash(root);

        CollectingParseContext<Note> context = parse();

        assertThat(context.records()).hasSize(NOTES).contains(new Note(1, "note 1"), new Note(NOTES, "note " + NOTES));
        assertThat(context.warnings()).extracting(Warning::location).containsExactly("/notes.db");
        assertThat(context.warnings().get(0).message()).startsWith("notes.db is damaged: recovered 2001 row(s) of 2")
                .contains("; 1 of " + pageCount() + " page(s) could not be read");
    }

    @Test
    void keepsTheRowsOfIntactLeavesAndCountsTheDestroyedOne() throws Exception {
        long leaf = childPages(rootPage("notes")).get(3);
        List<Long> lost = rowidsOn(leaf);
        smash(leaf);

        CollectingParseContext<Note> context = parse();

        assertThat(context.records()).hasSize(NOTES - lost.size())
                .noneMatch(note -> lost.contains(note.id()))
                .contains(new Note(1, "note 1"), new Note(NOTES, "note " + NOTES));
        assertThat(context.warnings().get(0).message())
                .contains("recovered " + (NOTES - lost.size() + 1) + " row(s)")
                .contains("1 of " + pageCount() + " page(s) could not be read, so the rows on them are lost");
    }

    @Test
    void readsOverflowPagesAndEveryValueType(@TempDir Path scratch) throws Exception {
        smash(childPages(rootPage("notes")).get(0));
        Path target = scratch.resolve("recovered.db");

        SqliteRecovery.Outcome outcome = SqliteRecovery.recover(db, target);

        assertThat(outcome.tables()).isEqualTo(2);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + target);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT n, body, extra FROM big")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(-7);
            assertThat(rs.getString(2)).isEqualTo(BODY);
            assertThat(rs.getBytes(3)).containsExactly(0x00, 0xff);
        }
    }

    @Test
    void aSoundCopyIsCheckedOnceAndEveryModuleReadingItAgainGetsAllItsRows() throws Exception {
        EvidenceFile file = new EvidenceFile("/notes.db", null, null, null);
        try (TestFolderSource source = new TestFolderSource(evidence)) {
            Path copy = source.sqliteCopy(file);
            assertThat(source.knownSound(copy)).isFalse();

            for (int module = 0; module < 2; module++) {
                CollectingParseContext<Note> context = new CollectingParseContext<>("notes", source, List.of(file));
                new NotesParser().parse(context);

                assertThat(context.records()).hasSize(NOTES);
                assertThat(context.warnings()).isEmpty();
                assertThat(source.knownSound(copy)).isTrue();
            }
        }
    }

    @Test
    void aDamagedCopyIsNeverTakenForSoundAndEachModuleReadingItRecoversIt() throws Exception {
        smash(rootPage("notes"));
        EvidenceFile file = new EvidenceFile("/notes.db", null, null, null);
        try (TestFolderSource source = new TestFolderSource(evidence)) {
            for (int module = 0; module < 2; module++) {
                CollectingParseContext<Note> context = new CollectingParseContext<>("notes", source, List.of(file));
                new NotesParser().parse(context);

                assertThat(context.records()).hasSize(NOTES);
                assertThat(context.warnings()).singleElement()
                        .satisfies(w -> assertThat(w.message()).startsWith("notes.db is damaged: recovered"));
                assertThat(source.knownSound(source.sqliteCopy(file))).isFalse();
            }
        }
    }

    @Test
    void leavesAnIntactDatabaseToSqlite() throws Exception {
        CollectingParseContext<Note> context = parse();

        assertThat(context.records()).hasSize(NOTES);
        assertThat(context.warnings()).isEmpty();
    }

    /**
     * The schema of a damaged database is hostile input: the recovery rebuilds its tables from their CREATE TABLE
     * text, and must run nothing else it finds there. A fuzzer found that any text was run: a table whose definition
     * reads {@code VACUUM INTO}, {@code ATTACH} or the driver's own {@code backup to} command wrote a file where the
     * evidence said.
     */
    @ParameterizedTest
    @ValueSource(strings = {"VACUUM INTO '%s'", "ATTACH DATABASE '%s' AS x", "backup to %s",
        "CREATE TABLE t (a); ATTACH DATABASE '%s' AS x", "  VACUUM INTO '%s'"})
    void runsNoStatementOfTheDamagedSchemaButItsTableDefinitions(String statement, @TempDir Path scratch)
            throws Exception {
        Path escaped = scratch.resolve("escaped.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement edit = connection.createStatement()) {
            edit.execute("PRAGMA writable_schema=ON");
            edit.execute("UPDATE sqlite_master SET sql = '" + statement.formatted(escaped).replace("'", "''")
                    + "' WHERE name = 'big'");
            edit.execute("UPDATE sqlite_master SET type = 'view', sql = '" + "VACUUM INTO ''%s.view''"
                    .formatted(escaped) + "' WHERE name = 'notes'");
        }

        SqliteRecovery.Outcome outcome = SqliteRecovery.recover(db, scratch.resolve("recovered.db"));

        assertThat(outcome).isNull();
        assertThat(escaped).doesNotExist();
        assertThat(Path.of(escaped + ".view")).doesNotExist();
        try (Stream<Path> files = Files.list(scratch)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(name -> name.startsWith("recovered.db"));
        }
    }

    private CollectingParseContext<Note> parse() throws Exception {
        try (TestFolderSource source = new TestFolderSource(evidence)) {
            CollectingParseContext<Note> context = new CollectingParseContext<>("notes", source,
                    List.of(new EvidenceFile("/notes.db", null, null, null)));
            new NotesParser().parse(context);
            return context;
        }
    }

    private long rootPage(String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + table + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private byte[] page(long number) throws Exception {
        byte[] all = Files.readAllBytes(db);
        return Arrays.copyOfRange(all, (int) (number - 1) * PAGE, (int) number * PAGE);
    }

    private int pageType(long number) throws Exception {
        return page(number)[0] & 0xff;
    }

    private long pageCount() throws Exception {
        return Files.size(db) / PAGE;
    }

    private List<Long> childPages(long interior) throws Exception {
        byte[] page = page(interior);
        int cells = (int) PageFile.read(page, 3, 2);
        return LongStream.range(0, cells)
                .map(i -> PageFile.read(page, (int) PageFile.read(page, 12 + 2 * (int) i, 2), 4)).boxed().toList();
    }

    /** The rowids on a leaf page: its cells are payload-size varint, then rowid varint (both short here). */
    private List<Long> rowidsOn(long leaf) throws Exception {
        byte[] page = page(leaf);
        int cells = (int) PageFile.read(page, 3, 2);
        return LongStream.range(0, cells).map(i -> {
            int at = (int) PageFile.read(page, 8 + 2 * (int) i, 2);
            long[] size = BtreeReader.varint(page, at);
            return BtreeReader.varint(page, at + (int) size[1])[0];
        }).boxed().toList();
    }

    private void smash(long number) throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] garbage = new byte[PAGE];
            Arrays.fill(garbage, (byte) 0xEE);
            file.seek((number - 1) * PAGE);
            file.write(garbage);
        }
    }
}
