package org.spyglass.ios.backup.write;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSDictionary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.source.FileTimes;
import org.spyglass.ios.backup.BackupFileIds;

/**
 * Writes a synthetic iOS backup folder in the real layout: {@code Info.plist} (XML), {@code Manifest.plist} and
 * {@code Status.plist} (binary), {@code Manifest.db} with {@code Files} (NSKeyedArchiver {@code MBFile} blobs) and
 * {@code Properties}, and each file's content at {@code <id[0:2]>/<id>}. For the sample backup and for tests; it
 * never touches evidence. Not thread-safe.
 */
public final class BackupWriter {
    private static final int MOBILE = 501;

    private final Path folder;
    private final Map<String, Object> info = new LinkedHashMap<>();
    private final Map<String, Object> lockdown = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private boolean encrypted;
    private Instant date = Instant.parse("2021-07-18T12:00:00Z");
    private long nextInode = 100_000;

    private record Row(String id, String domain, String relativePath, int flags, byte[] blob) {
    }

    private BackupWriter(Path folder) {
        this.folder = folder;
    }

    /** Starts a backup in {@code folder}, which is created and must be empty. */
    public static BackupWriter create(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new IOException("refusing to write a backup into a folder that is not empty: " + folder);
            }
        }
        return new BackupWriter(folder);
    }

    public Path folder() {
        return folder;
    }

    /**
     * Sets an Info.plist key ("Device Name", "Product Type", …, "Applications"); Instants become dates, maps
     * dictionaries, lists arrays and byte arrays data.
     */
    public BackupWriter info(String key, Object value) {
        info.put(key, value);
        return this;
    }

    /** Sets a key of Manifest.plist's {@code Lockdown} dictionary ("ProductVersion", "DeviceName", …). */
    public BackupWriter lockdown(String key, Object value) {
        lockdown.put(key, value);
        return this;
    }

    /** Marks the backup as encrypted in Manifest.plist (the content stays plain: only the flag is tested). */
    public BackupWriter encrypted(boolean value) {
        this.encrypted = value;
        return this;
    }

    /** The backup's date, written to Manifest.plist and Status.plist. */
    public BackupWriter date(Instant value) {
        this.date = value;
        return this;
    }

    /** Adds a regular file with its content; returns its fileID. */
    public String addFile(String domain, String relativePath, byte[] content, Instant modified) throws IOException {
        return addFile(domain, relativePath, content, FileTimes.all(modified));
    }

    /** Adds a regular file with its content and its three times; returns its fileID. */
    public String addFile(String domain, String relativePath, byte[] content, FileTimes times) throws IOException {
        String id = list(domain, relativePath, content.length, times);
        Path stored = folder.resolve(BackupFileIds.storagePath(id));
        Files.createDirectories(stored.getParent());
        Files.write(stored, content);
        return id;
    }

    /** Adds a regular file whose content is copied from {@code content}; returns its fileID. */
    public String addFile(String domain, String relativePath, Path content, Instant modified) throws IOException {
        String id = list(domain, relativePath, Files.size(content), FileTimes.all(modified));
        Path stored = folder.resolve(BackupFileIds.storagePath(id));
        Files.createDirectories(stored.getParent());
        Files.copy(content, stored);
        return id;
    }

    /**
     * Adds a database and the {@code -wal}, {@code -shm} and {@code -journal} files beside it, when present, as
     * separate backup files (as iOS backs them up).
     */
    public void addDatabase(String domain, String relativePath, Path database, Instant modified) throws IOException {
        addFile(domain, relativePath, database, modified);
        for (String suffix : List.of("-wal", "-shm", "-journal")) {
            Path side = database.resolveSibling(database.getFileName() + suffix);
            if (Files.isRegularFile(side)) {
                addFile(domain, relativePath + suffix, side, modified);
            }
        }
    }

    /** Lists a regular file in Manifest.db without storing its content, as in an incomplete backup. */
    public String addListedButMissing(String domain, String relativePath, long size, Instant modified)
            throws IOException {
        return list(domain, relativePath, size, FileTimes.all(modified));
    }

    /** Lists a folder (flags 2). */
    public void addDirectory(String domain, String relativePath, Instant modified) throws IOException {
        MbFileArchive archive = new MbFileArchive(relativePath, 0, MbFileArchive.DIRECTORY, MOBILE, MOBILE,
                nextInode++, 0, FileTimes.all(modified), null);
        rows.add(new Row(BackupFileIds.of(domain, relativePath), domain, relativePath, 2, archive.encode()));
    }

    /** Lists a symbolic link (flags 4) pointing to {@code target}; links have no stored content. */
    public void addSymlink(String domain, String relativePath, String target, Instant modified) throws IOException {
        MbFileArchive archive = new MbFileArchive(relativePath, target.length(), MbFileArchive.SYMLINK, MOBILE,
                MOBILE, nextInode++, 0, FileTimes.all(modified), target);
        rows.add(new Row(BackupFileIds.of(domain, relativePath), domain, relativePath, 4, archive.encode()));
    }

    /** Writes the plists and Manifest.db; returns the backup folder. */
    public Path finish() throws IOException {
        writeInfo();
        writeManifestPlist();
        writeStatus();
        writeManifestDb();
        return folder;
    }

    private String list(String domain, String relativePath, long size, FileTimes times) throws IOException {
        String id = BackupFileIds.of(domain, relativePath);
        MbFileArchive archive = new MbFileArchive(relativePath, size, MbFileArchive.REGULAR_FILE, MOBILE, MOBILE,
                nextInode++, 3, times, null);
        rows.add(new Row(id, domain, relativePath, 1, archive.encode()));
        return id;
    }

    private void writeInfo() throws IOException {
        NSDictionary plist = new NSDictionary();
        info.forEach((key, value) -> plist.put(key, plistValue(value)));
        Files.writeString(folder.resolve("Info.plist"), plist.toXMLPropertyList(), StandardCharsets.UTF_8);
    }

    private void writeManifestPlist() throws IOException {
        NSDictionary lockdownPlist = new NSDictionary();
        lockdown.forEach((key, value) -> lockdownPlist.put(key, plistValue(value)));
        NSDictionary plist = new NSDictionary();
        plist.put("IsEncrypted", encrypted);
        plist.put("Version", "10.0");
        plist.put("Date", Date.from(date));
        plist.put("SystemDomainsVersion", "24.0");
        plist.put("WasPasscodeSet", false);
        plist.put("Lockdown", lockdownPlist);
        plist.put("Applications", new NSDictionary());
        BinaryPropertyListWriter.write(plist, folder.resolve("Manifest.plist").toFile());
    }

    private void writeStatus() throws IOException {
        NSDictionary plist = new NSDictionary();
        plist.put("IsFullBackup", false);
        plist.put("Version", "3.3");
        plist.put("BackupState", "new");
        plist.put("Date", Date.from(date));
        plist.put("SnapshotState", "finished");
        plist.put("UUID", "00000000-0000-4000-8000-000000000000");
        BinaryPropertyListWriter.write(plist, folder.resolve("Status.plist").toFile());
    }

    private void writeManifestDb() throws IOException {
        Path database = folder.resolve("Manifest.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath())) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE Files (fileID TEXT PRIMARY KEY, domain TEXT, relativePath TEXT, "
                        + "flags INTEGER, file BLOB)");
                statement.execute("CREATE INDEX FilesDomainIdx ON Files(domain)");
                statement.execute("CREATE INDEX FilesRelativePathIdx ON Files(relativePath)");
                statement.execute("CREATE INDEX FilesFlagsIdx ON Files(flags)");
                statement.execute("CREATE TABLE Properties (key TEXT PRIMARY KEY, value BLOB)");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR REPLACE INTO Files (fileID, domain, relativePath, flags, file) VALUES (?, ?, ?, ?, ?)")) {
                for (Row row : rows) {
                    insert.setString(1, row.id());
                    insert.setString(2, row.domain());
                    insert.setString(3, row.relativePath());
                    insert.setInt(4, row.flags());
                    insert.setBytes(5, row.blob());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement property = connection.prepareStatement(
                    "INSERT INTO Properties (key, value) VALUES (?, ?)")) {
                property.setString(1, "salt");
                property.setBytes(2, new byte[0]);
                property.execute();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IOException("Could not write " + database + ": " + e.getMessage(), e);
        }
    }

    /** Instants become dates, also inside maps and lists (Info.plist's {@code Applications}). */
    private static Object plistValue(Object value) {
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new LinkedHashMap<>();
            map.forEach((key, item) -> converted.put(key.toString(), plistValue(item)));
            return converted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(BackupWriter::plistValue).toList();
        }
        return value;
    }
}
