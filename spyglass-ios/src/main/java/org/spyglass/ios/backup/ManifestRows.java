package org.spyglass.ios.backup;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.UnreadableDatabaseException;

/**
 * Every row of Manifest.db's {@code Files} table, one at a time, in table order, through a connection of its own to
 * the scratch copy of Manifest.db: nothing is kept but the current row, so 200,000 rows cost no more memory than
 * one. Columns a Manifest.db lacks read as null. The caller closes it, before closing the source. Not thread-safe.
 */
public final class ManifestRows implements AutoCloseable {
    private static final String[] COLUMNS = {"fileID", "domain", "relativePath", "flags", "file"};

    private final EvidenceDatabase database;
    private final Rows rows;
    private final Path backupFolder;

    private ManifestRows(EvidenceDatabase database, Rows rows, Path backupFolder) {
        this.database = database;
        this.rows = rows;
        this.backupFolder = backupFolder;
    }

    static ManifestRows open(Path manifestCopy, Path backupFolder) throws SQLException, UnreadableDatabaseException {
        EvidenceDatabase database = EvidenceDatabase.open(manifestCopy);
        try {
            Set<String> present = database.columns("Files");
            StringBuilder sql = new StringBuilder("SELECT ");
            for (int i = 0; i < COLUMNS.length; i++) {
                sql.append(i == 0 ? "" : ", ").append(present.contains(COLUMNS[i]) ? COLUMNS[i] : "NULL")
                        .append(" AS ").append(COLUMNS[i]);
            }
            return new ManifestRows(database, database.query(sql.append(" FROM Files").toString()), backupFolder);
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The next row, or null after the last. */
    public ManifestRow next() throws SQLException {
        if (!rows.next()) {
            return null;
        }
        String id = rows.getString("fileID");
        Long flags = rows.getLong("flags");
        boolean stored = flags != null && flags == ManifestRow.FILE && BackupFileIds.isValid(id)
                && Files.isRegularFile(backupFolder.resolve(BackupFileIds.storagePath(id)), LinkOption.NOFOLLOW_LINKS);
        return new ManifestRow(id, rows.getString("domain"), rows.getString("relativePath"), flags,
                rows.getBytes("file"), stored);
    }

    @Override
    public void close() throws SQLException {
        try {
            rows.close();
        } finally {
            database.close();
        }
    }
}
