package org.spyglass.ios.testing;

import com.dd.plist.NSDictionary;
import com.dd.plist.XMLPropertyListWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.spyglass.core.testing.ArchiveBuilder;
import org.spyglass.ios.backup.write.SqlScript;

/**
 * Builds an iOS filesystem dump in a folder the test owns (a {@code @TempDir}): files at device paths, SQLite
 * databases from SQL text (with {@link SqlScript}, optionally with rows left in the {@code -wal}), plists, and the
 * modification time of every file and folder. Device paths are written under the dump root as on the device
 * ({@code /private/var/x} → {@code root/private/var/x}). Files are written at once; folder times are set by
 * {@link #build()}, after every file is in place.
 */
public final class DumpBuilder {
    /** The modification time of everything not given another. */
    public static final Instant MODIFIED = Instant.parse("2021-07-18T10:00:00Z");

    private final Path root;
    private final Map<Path, Instant> folderTimes = new LinkedHashMap<>();

    private DumpBuilder(Path root) {
        this.root = root;
    }

    /** A dump whose root (the device's {@code /}) is {@code root}; it is created, with {@code private/var}. */
    public static DumpBuilder in(Path root) {
        DumpBuilder builder = new DumpBuilder(root);
        builder.folder("/private/var", MODIFIED);
        return builder;
    }

    /** Where a device path lies in the dump. */
    public Path host(String devicePath) {
        return root.resolve(devicePath.substring(1));
    }

    public DumpBuilder file(String devicePath, String content) {
        return file(devicePath, content.getBytes(StandardCharsets.UTF_8), MODIFIED);
    }

    public DumpBuilder file(String devicePath, String content, Instant modified) {
        return file(devicePath, content.getBytes(StandardCharsets.UTF_8), modified);
    }

    public DumpBuilder file(String devicePath, byte[] content, Instant modified) {
        try {
            Path file = host(devicePath);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            Files.setLastModifiedTime(file, FileTime.from(modified));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A folder (created when missing) whose modification time {@link #build()} sets. */
    public DumpBuilder folder(String devicePath, Instant modified) {
        try {
            Files.createDirectories(host(devicePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        folderTimes.put(host(devicePath), modified);
        return this;
    }

    /** A database made from {@code sql}. */
    public DumpBuilder database(String devicePath, String sql) {
        return database(devicePath, sql, null, MODIFIED);
    }

    /**
     * A database made from {@code sql}, with {@code walSql} (when not null) left uncheckpointed in its
     * {@code -wal} file beside it, with the {@code -shm}.
     */
    public DumpBuilder database(String devicePath, String sql, String walSql, Instant modified) {
        try {
            Path file = host(devicePath);
            Files.createDirectories(file.getParent());
            if (walSql == null) {
                SqlScript.run(file, sql);
            } else {
                SqlScript.runWithWal(file, sql, walSql);
            }
            Files.setLastModifiedTime(file, FileTime.from(modified));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** An XML plist of {@code values} (instants become dates, maps dictionaries, lists arrays). */
    public DumpBuilder plist(String devicePath, Map<String, ?> values) {
        NSDictionary dictionary = new NSDictionary();
        values.forEach((key, value) -> dictionary.put(key, value instanceof Instant instant ? Date.from(instant)
                : value));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLPropertyListWriter.write(dictionary, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file(devicePath, out.toByteArray(), MODIFIED);
    }

    /** {@code /System/Library/CoreServices/SystemVersion.plist}. */
    public DumpBuilder systemVersion(String version, String build) {
        return plist("/System/Library/CoreServices/SystemVersion.plist", Map.of("ProductName", "iPhone OS",
                "ProductVersion", version, "ProductBuildVersion", build));
    }

    /** DataUsage.sqlite at {@code /private/var/wireless/Library/Databases/} with a schema of {@link BackupBuilder}. */
    public DumpBuilder dataUsage(String schema, String rows) {
        return database("/private/var/wireless/Library/Databases/DataUsage.sqlite",
                BackupBuilder.schema(schema) + rows);
    }

    /** sms.db at {@code /private/var/mobile/Library/SMS/} with a schema of {@link BackupBuilder}. */
    public DumpBuilder smsDb(String schema, String rows) {
        return database("/private/var/mobile/Library/SMS/sms.db", BackupBuilder.schema(schema) + rows);
    }

    /** Sets the folder times, after every file is in place, and returns the dump root. */
    public Path build() {
        try {
            for (Map.Entry<Path, Instant> folder : folderTimes.entrySet()) {
                Files.setLastModifiedTime(folder.getKey(), FileTime.from(folder.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    /**
     * The members of a dump built in {@code root}, each folder and file in path order under {@code top/} (or at
     * the archive's top when {@code top} is empty), ready to be written as a tar, tar.gz or zip of the dump.
     */
    public static ArchiveBuilder archive(Path root, String top) throws IOException {
        ArchiveBuilder archive = ArchiveBuilder.create();
        String prefix = top.isEmpty() ? "" : top + "/";
        if (!top.isEmpty()) {
            archive.directory(top);
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(p -> !p.equals(root)).sorted().toList();
        }
        for (Path path : paths) {
            String name = prefix + root.relativize(path).toString().replace('\\', '/');
            if (Files.isDirectory(path)) {
                archive.directory(name);
            } else {
                archive.file(name, Files.readAllBytes(path));
            }
        }
        return archive;
    }
}
