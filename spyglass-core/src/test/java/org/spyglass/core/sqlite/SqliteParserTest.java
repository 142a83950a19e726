package org.spyglass.core.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Warning;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.testing.CollectingParseContext;
import org.spyglass.core.testing.TestFolderSource;

class SqliteParserTest {
    @TempDir
    Path evidence;

    record Note(long id, String text) {
    }

    /** Reads {@code notes(id, text)}. */
    static final class NotesParser extends SqliteParser<Note> {
        NotesParser() {
            super("notes.db", "notes");
        }

        @Override
        protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<Note> context) {
            emitAll(database, "SELECT id, text FROM notes ORDER BY id",
                    rows -> new Note(rows.getLong("id"), rows.getString("text")), file.devicePath(), context);
        }
    }

    private void database(String name, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + evidence.resolve(name));
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private CollectingParseContext<Note> parse(String... devicePaths) throws Exception {
        try (TestFolderSource source = new TestFolderSource(evidence)) {
            List<EvidenceFile> files = Arrays.stream(devicePaths)
                    .map(p -> new EvidenceFile(p, null, null, null)).toList();
            CollectingParseContext<Note> context = new CollectingParseContext<>("notes", source, files);
            new NotesParser().parse(context);
            return context;
        }
    }

    @Test
    void emitsEveryRowOfEachDatabase() throws Exception {
        database("a.db", "CREATE TABLE notes (id INTEGER, text TEXT); INSERT INTO notes VALUES (1, 'one'), (2, 'two');");
        database("b.db", "CREATE TABLE notes (id INTEGER, text TEXT); INSERT INTO notes VALUES (3, 'three');");

        CollectingParseContext<Note> context = parse("/a.db", "/b.db");

        assertThat(context.records()).containsExactly(new Note(1, "one"), new Note(2, "two"), new Note(3, "three"));
        assertThat(context.warnings()).isEmpty();
    }

    @Test
    void notesAMissingTableAsAbsentAndGoesOnWithTheNextFile() throws Exception {
        database("a.db", "CREATE TABLE other (x INTEGER);");
        database("b.db", "CREATE TABLE notes (id INTEGER, text TEXT); INSERT INTO notes VALUES (3, 'three');");

        CollectingParseContext<Note> context = parse("/a.db", "/b.db");

        assertThat(context.records()).containsExactly(new Note(3, "three"));
        assertThat(context.warnings()).isEmpty();
        assertThat(context.absences()).extracting(Warning::location, Warning::message)
                .containsExactly(tuple("/a.db",
                        "notes.db has no notes table, so nothing was read from it"));
    }

    @Test
    void warnsAboutAFileThatIsNotADatabase() throws Exception {
        Files.writeString(evidence.resolve("a.db"), "this is not SQLite, it is a text file long enough to check");

        CollectingParseContext<Note> context = parse("/a.db");

        assertThat(context.records()).isEmpty();
        assertThat(context.warnings()).singleElement().satisfies(w -> assertThat(w.location()).isEqualTo("/a.db"));
    }

    @Test
    void warnsAboutAZeroByteDatabase() throws Exception {
        Files.write(evidence.resolve("a.db"), new byte[0]);

        CollectingParseContext<Note> context = parse("/a.db");

        assertThat(context.absences()).isEmpty();
        assertThat(context.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("empty (0 bytes)"));
    }

    @Test
    void warnsAboutAFileListedButMissing() throws Exception {
        CollectingParseContext<Note> context = parse("/gone.db");

        assertThat(context.records()).isEmpty();
        assertThat(context.warnings()).singleElement().satisfies(w -> assertThat(w.location()).isEqualTo("/gone.db"));
    }

    @Test
    void keepsTheRowsReadBeforeAQueryFails() throws Exception {
        database("a.db", "CREATE TABLE notes (id INTEGER, text TEXT); INSERT INTO notes VALUES (1, 'one'), (2, NULL);");

        CollectingParseContext<Note> context;
        try (TestFolderSource source = new TestFolderSource(evidence)) {
            context = new CollectingParseContext<>("notes", source, List.of(new EvidenceFile("/a.db", null, null,
                    null)));
            new SqliteParser<Note>("notes.db", "notes") {
                @Override
                protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<Note> parse) {
                    emitAll(database, "SELECT id, text FROM notes ORDER BY id", rows -> {
                        if (rows.getString("text") == null) {
                            throw new SQLException("row 2 is damaged");
                        }
                        return new Note(rows.getLong("id"), rows.getString("text"));
                    }, file.devicePath(), parse);
                }
            }.parse(context);
        }

        assertThat(context.records()).containsExactly(new Note(1, "one"));
        assertThat(context.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("after 1 rows").contains("row 2 is damaged"));
    }
}
