package org.spyglass.ios.testing;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSDictionary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.spyglass.core.source.FileTimes;
import org.spyglass.ios.backup.write.BackupWriter;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.sample.SampleBackup;

/**
 * Builds a real iOS backup folder for a test, in a folder the test owns (a {@code @TempDir}), through the same
 * {@link BackupWriter} as the sample backup. Databases are written from SQL text: the schemas live under
 * {@code src/test/resources/org/spyglass/ios/testing/}, the rows come from {@link #smsHandle}, {@link #smsMessage},
 * {@link #process} and {@link #live}, or plain SQL.
 */
public final class BackupBuilder {
    /** sms.db schemas. */
    public static final String SMS_IOS14 = "sms-ios14.sql";
    public static final String SMS_MINIMAL = "sms-minimal.sql";
    /** DataUsage.sqlite schemas. */
    public static final String DATAUSAGE_IOS14 = "datausage-ios14.sql";
    public static final String DATAUSAGE_NO_WIFI = "datausage-no-wifi.sql";

    public static final Instant MODIFIED = Instant.parse("2021-07-18T10:00:00Z");
    /** The bytes {@link #application} stores as every app's {@code PlaceholderIcon} (a PNG signature). */
    public static final byte[] ICON = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final Path parent;
    private final Map<String, Object> info = new LinkedHashMap<>();
    private final Map<String, Object> applications = new LinkedHashMap<>();
    private final List<Step> steps = new ArrayList<>();
    private String udid = "00000000000000000000000000000000000000aa";
    private boolean encrypted;
    private BackupEncryptor encryptor;
    private int databases;

    @FunctionalInterface
    private interface Step {
        void apply(BackupWriter writer, Path work) throws IOException;
    }

    private BackupBuilder(Path parent) {
        this.parent = parent;
        info.put("Device Name", "Test iPhone");
        info.put("Product Type", "iPhone12,1");
        info.put("Product Version", "14.8");
        info.put("Build Version", "18H17");
        info.put("Serial Number", "TEST00000001");
        info.put("IMEI", "000000000000002");
        info.put("Last Backup Date", Instant.parse("2021-07-18T12:00:00Z"));
    }

    /** A backup that {@link #build()} writes to {@code parent/<udid>}. */
    public static BackupBuilder in(Path parent) {
        return new BackupBuilder(parent);
    }

    public BackupBuilder udid(String value) {
        this.udid = value;
        return this;
    }

    /** Sets (or, with null, removes) an Info.plist key. */
    public BackupBuilder info(String key, Object value) {
        if (value == null) {
            info.remove(key);
        } else {
            info.put(key, value);
        }
        return this;
    }

    /** Only marks the backup as encrypted in Manifest.plist: no keybag, nothing encrypted. */
    public BackupBuilder encrypted() {
        this.encrypted = true;
        return this;
    }

    /** Encrypts the backup with {@code password} as iOS 10.2 and later do (see {@link BackupEncryptor}). */
    public BackupBuilder encryptedWith(String password) {
        return encryptedWith(BackupEncryptor.withPassword(password));
    }

    /** Encrypts the backup with {@code encryptor} once it is written. */
    public BackupBuilder encryptedWith(BackupEncryptor value) {
        this.encryptor = value;
        return this;
    }

    public BackupBuilder file(String domain, String relativePath, byte[] content) {
        steps.add((writer, work) -> writer.addFile(domain, relativePath, content, MODIFIED));
        return this;
    }

    /** A regular file whose Manifest.db row carries the given modified, status-change and birth times. */
    public BackupBuilder file(String domain, String relativePath, byte[] content, FileTimes times) {
        steps.add((writer, work) -> writer.addFile(domain, relativePath, content, times));
        return this;
    }

    /** A folder row (flags 2) in Manifest.db. */
    public BackupBuilder directory(String domain, String relativePath) {
        steps.add((writer, work) -> writer.addDirectory(domain, relativePath, MODIFIED));
        return this;
    }

    /** A symbolic-link row (flags 4) in Manifest.db. */
    public BackupBuilder symlink(String domain, String relativePath, String target) {
        steps.add((writer, work) -> writer.addSymlink(domain, relativePath, target, MODIFIED));
        return this;
    }

    /**
     * An installed app in Info.plist: an {@code Applications} entry holding {@code metadata} as its embedded
     * binary {@code iTunesMetadata} plist (null leaves it out) and {@link #ICON} as its {@code PlaceholderIcon},
     * and its bundle id in {@code Installed Applications}. Instants in the metadata become dates.
     */
    public BackupBuilder application(String bundleId, Map<String, Object> metadata) {
        Map<String, Object> entry = new LinkedHashMap<>();
        if (metadata != null) {
            entry.put("iTunesMetadata", binaryPlist(metadata));
        }
        entry.put("PlaceholderIcon", ICON.clone());
        applications.put(bundleId, entry);
        return this;
    }

    /** Lists a file in Manifest.db without storing it. */
    public BackupBuilder missingFile(String domain, String relativePath) {
        steps.add((writer, work) -> writer.addListedButMissing(domain, relativePath, 1234, MODIFIED));
        return this;
    }

    /** A database made from {@code sql}. */
    public BackupBuilder database(String domain, String relativePath, String sql) {
        return database(domain, relativePath, sql, null);
    }

    /**
     * A database made from {@code sql}, with {@code walSql} run in WAL mode and left uncheckpointed in the
     * {@code -wal} file, which is stored in the backup with the {@code -shm} beside it.
     */
    public BackupBuilder database(String domain, String relativePath, String sql, String walSql) {
        steps.add((writer, work) -> {
            Path file = Files.createDirectories(work.resolve(Integer.toString(++databases))).resolve("db");
            if (walSql == null) {
                SqlScript.run(file, sql);
            } else {
                SqlScript.runWithWal(file, sql, walSql);
            }
            writer.addDatabase(domain, relativePath, file, MODIFIED);
        });
        return this;
    }

    /** sms.db at HomeDomain {@code Library/SMS/sms.db} with the given schema resource and rows. */
    public BackupBuilder smsDb(String schema, String rows) {
        return database("HomeDomain", "Library/SMS/sms.db", schema(schema) + rows);
    }

    /** sms.db whose {@code walRows} are only in its {@code -wal}. */
    public BackupBuilder smsDbWithWal(String rows, String walRows) {
        return database("HomeDomain", "Library/SMS/sms.db", schema(SMS_IOS14) + rows, walRows);
    }

    /** DataUsage.sqlite at WirelessDomain {@code Library/Databases/DataUsage.sqlite}. */
    public BackupBuilder dataUsage(String schema, String rows) {
        return database("WirelessDomain", "Library/Databases/DataUsage.sqlite", schema(schema) + rows);
    }

    /** Writes the backup and returns its folder. */
    public Path build() throws IOException {
        BackupWriter writer = BackupWriter.create(parent.resolve(udid)).encrypted(encrypted);
        info.forEach(writer::info);
        if (!applications.isEmpty()) {
            writer.info("Applications", applications);
            writer.info("Installed Applications", List.copyOf(applications.keySet()));
        }
        writer.lockdown("ProductVersion", "14.8").lockdown("DeviceName", "Test iPhone");
        Path work = Files.createTempDirectory("spyglass-builder-");
        try {
            for (Step step : steps) {
                step.apply(writer, work);
            }
            Path folder = writer.finish();
            if (encryptor != null) {
                encryptor.encrypt(folder);
            }
            return folder;
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Encodes a map as a binary plist, as iTunes embeds each app's iTunesMetadata.plist. */
    public static byte[] binaryPlist(Map<String, Object> values) {
        try {
            NSDictionary dictionary = new NSDictionary();
            values.forEach((key, value) -> dictionary.put(key, value instanceof Instant instant
                    ? Date.from(instant) : value));
            return BinaryPropertyListWriter.writeToArray(dictionary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a schema: the test-only variants from the test resources, the iOS 14 ones from the sample backup's
     * resources (one copy serves both).
     */
    public static String schema(String name) {
        Class<?> anchor = BackupBuilder.class.getResource(name) != null ? BackupBuilder.class : SampleBackup.class;
        try {
            return SqlScript.resource(anchor, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code handle} row. */
    public static String smsHandle(long rowId, String id) {
        return SqlScript.insert("handle", Map.of("ROWID", rowId, "id", id, "service", "SMS"));
    }

    /**
     * A {@code message} row of the iOS 14 schema with dates in nanoseconds; {@code read} may be null. The guid is
     * derived from the row id.
     */
    public static String smsMessage(long rowId, long handleId, String text, boolean fromMe, Instant date,
                                    Instant read) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ROWID", rowId);
        values.put("guid", guid(rowId));
        values.put("text", text);
        values.put("handle_id", handleId);
        values.put("service", "SMS");
        values.put("account", "p:+15550100");
        values.put("date", SqlScript.appleNanos(date));
        values.put("date_read", read == null ? 0L : SqlScript.appleNanos(read));
        values.put("is_from_me", fromMe ? 1 : 0);
        return SqlScript.insert("message", values);
    }

    public static String guid(long rowId) {
        return String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", rowId);
    }

    /** A {@code ZPROCESS} row. */
    public static String process(long id, String name, String bundle, Instant first, Instant last) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", id);
        values.put("ZFIRSTTIMESTAMP", SqlScript.appleSeconds(first));
        values.put("ZTIMESTAMP", SqlScript.appleSeconds(last));
        values.put("ZBUNDLENAME", bundle);
        values.put("ZPROCNAME", name);
        return SqlScript.insert("ZPROCESS", values);
    }

    /** A {@code ZLIVEUSAGE} row with all four counters (for the iOS 14 schema). */
    public static String live(long id, long process, Instant time, double wifiIn, double wifiOut, double wwanIn,
                              double wwanOut) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", id);
        values.put("ZHASPROCESS", process);
        values.put("ZTIMESTAMP", SqlScript.appleSeconds(time));
        values.put("ZWIFIIN", wifiIn);
        values.put("ZWIFIOUT", wifiOut);
        values.put("ZWWANIN", wwanIn);
        values.put("ZWWANOUT", wwanOut);
        return SqlScript.insert("ZLIVEUSAGE", values);
    }

    /** A {@code ZLIVEUSAGE} row with cellular counters only (for the schema without Wi-Fi columns). */
    public static String liveCellular(long id, long process, Instant time, double wwanIn, double wwanOut) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", id);
        values.put("ZHASPROCESS", process);
        values.put("ZTIMESTAMP", SqlScript.appleSeconds(time));
        values.put("ZWWANIN", wwanIn);
        values.put("ZWWANOUT", wwanOut);
        return SqlScript.insert("ZLIVEUSAGE", values);
    }
}
