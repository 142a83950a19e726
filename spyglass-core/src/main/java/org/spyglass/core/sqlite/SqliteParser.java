package org.spyglass.core.sqlite;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;

/**
 * The frame of every parser that reads a SQLite database: for each file of the module, a read-only scratch copy
 * (with its WAL) is opened, the tables the parser declares are checked, and {@link #read} runs its queries. A
 * missing table (an iOS version without it) is an {@link ParseContext#absent absent} note. A file missing from the
 * evidence, a file that is not a database or a query that fails is a warning naming the file; the next file, and
 * the other modules, go on.
 *
 * @param <R> the record type
 */
public abstract class SqliteParser<R extends Record> implements Parser<R> {
    private final String artifact;
    private final List<String> requiredTables;

    /** Maps the current row of a query to a record. */
    @FunctionalInterface
    protected interface RowMapper<R> {
        R map(Rows rows) throws SQLException;
    }

    /**
     * @param artifact       the database's usual name, for warnings ({@code sms.db})
     * @param requiredTables the tables without which nothing can be read
     */
    protected SqliteParser(String artifact, String... requiredTables) {
        this.artifact = artifact;
        this.requiredTables = List.of(requiredTables);
    }

    @Override
    public final void parse(ParseContext<R> context) throws IOException {
        for (EvidenceFile file : context.files()) {
            if (context.cancelled()) {
                return;
            }
            parse(file, context);
        }
    }

    /** Runs the queries on one database that has every required table. */
    protected abstract void read(EvidenceDatabase database, EvidenceFile file, ParseContext<R> context)
            throws SQLException;

    /**
     * Emits one record per row of {@code sql}, streaming. A failure after some rows is a warning that says how many
     * were read; the rows before it are kept.
     *
     * @param location the file and table, for the warning
     */
    protected static <R extends Record> void emitAll(EvidenceDatabase database, String sql, RowMapper<R> mapper,
                                                     String location, ParseContext<R> context) {
        long count = 0;
        try (Rows rows = database.query(sql)) {
            while (!context.cancelled() && rows.next()) {
                context.emit(mapper.map(rows));
                count++;
            }
        } catch (SQLException e) {
            context.warn(location, "reading stopped after " + count + " rows: " + e.getMessage());
        }
    }

    /**
     * Opens a database of the evidence through a read-only scratch copy (with its WAL), for the parser's own files
     * and for a second database a parser consults. Warns and returns null when the file is missing, empty or not a
     * readable database; the caller closes what it gets.
     *
     * @param artifact the database's usual name, for warnings
     */
    public static EvidenceDatabase open(EvidenceFile file, ParseContext<?> context, String artifact)
            throws IOException {
        String location = file.devicePath();
        Path copy;
        try {
            copy = context.source().sqliteCopy(file);
        } catch (FileNotFoundException e) {
            context.warn(location, e.getMessage());
            return null;
        }
        if (Files.size(copy) == 0) {
            context.warn(location, artifact + " is empty (0 bytes): it holds no database, so nothing was read");
            return null;
        }
        try {
            EvidenceDatabase database = EvidenceDatabase.open(copy);
            if (context.source().knownSound(copy)) {
                return database;
            }
            if (database.intact()) {
                context.source().markSound(copy);
                return database;
            }
            database.close();
        } catch (UnreadableDatabaseException e) {
            if (!(e.getCause() instanceof SQLException cause && EvidenceDatabase.isDamage(cause))
                    || !recoverable(copy)) {
                context.warn(location, e.getMessage());
                return null;
            }
        } catch (SQLException e) {
            context.warn(location, artifact + " could not be checked: " + e.getMessage());
            return null;
        }
        return recovered(copy, location, context, artifact);
    }

    private static boolean recoverable(Path copy) throws IOException {
        try (PageFile file = PageFile.open(copy)) {
            return file != null;
        }
    }

    /**
     * Reads a damaged database page by page into a new scratch database ({@link SqliteRecovery}), warns how much was
     * lost, and opens the result; null (with a warning) when nothing could be recovered.
     */
    private static EvidenceDatabase recovered(Path copy, String location, ParseContext<?> context, String artifact)
            throws IOException {
        Path target = Files.createTempFile(copy.getParent(), "recovered-", ".db");
        Files.delete(target);
        try {
            SqliteRecovery.Outcome outcome = SqliteRecovery.recover(copy, target);
            if (outcome == null) {
                context.warn(location, artifact + " is damaged and its list of tables cannot be read, so nothing"
                        + " was recovered from it");
                return null;
            }
            context.warn(location, artifact + " is damaged: " + outcome.summary());
            return EvidenceDatabase.open(target);
        } catch (SQLException | UnreadableDatabaseException e) {
            context.warn(location, artifact + " is damaged and could not be recovered: " + e.getMessage());
            return null;
        }
    }

    private void parse(EvidenceFile file, ParseContext<R> context) throws IOException {
        String location = file.devicePath();
        EvidenceDatabase opened = open(file, context, artifact);
        if (opened == null) {
            return;
        }
        try (EvidenceDatabase database = opened) {
            for (String table : requiredTables) {
                if (!database.hasTable(table)) {
                    context.absent(location, artifact + " has no " + table + " table, so nothing was read from it");
                    return;
                }
            }
            read(database, file, context);
        } catch (SQLException e) {
            context.warn(location, artifact + " could not be read: " + e.getMessage());
        }
    }
}
