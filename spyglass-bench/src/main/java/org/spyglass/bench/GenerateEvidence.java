package org.spyglass.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.spyglass.ios.backup.BackupFileIds;
import org.spyglass.ios.backup.write.BackupWriter;

/**
 * Writes large synthetic evidence into an empty folder: {@code backup/<udid>/} (an iOS backup in the real layout),
 * {@code iocs/} (the synthetic STIX 2.1 bundles) and {@code databases.txt} (each database file of the backup and the
 * tables in it, for the sqlite3 floor). Usage: {@code GenerateEvidence OUT [--profile large|small|tiny] [--seed N]}.
 */
public final class GenerateEvidence {
    /** The backup folder's name: a made-up UDID. */
    public static final String UDID = "be0c4000000000000000000000000000000bea7c";

    private record Database(String domain, String relativePath, String tables) {
    }

    private GenerateEvidence() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: GenerateEvidence OUT [--profile large|small|tiny] [--seed N]");
            System.exit(2);
        }
        EvidenceProfile profile = EvidenceProfile.LARGE;
        long seed = 42;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--profile" -> profile = EvidenceProfile.named(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long start = System.nanoTime();
        write(Path.of(args[0]), profile, seed, System.out);
        System.out.printf(Locale.ROOT, "generated the %s profile in %.1f s%n", profile.name(),
                (System.nanoTime() - start) / 1e9);
    }

    /** Writes the evidence into {@code out} (created; must be empty when it exists) and returns the backup folder. */
    public static Path write(Path out, EvidenceProfile profile, long seed, PrintStream log) throws IOException {
        SyntheticValues values = new SyntheticValues(seed);
        BackupWriter writer = BackupWriter.create(out.resolve("backup").resolve(UDID));
        device(writer);
        List<Database> databases = new ArrayList<>();
        Path work = Files.createTempDirectory("spyglass-bench-");
        try {
            log.println("sms.db: " + profile.sms() + " messages");
            Path sms = work.resolve("sms.db");
            MessageDatabases.sms(sms, profile, values);
            databases.add(add(writer, "HomeDomain", "Library/SMS/sms.db", sms, "handle message"));
            log.println("History.db: " + profile.safariVisits() + " visits");
            Path history = work.resolve("History.db");
            BrowsingDatabases.safari(history, profile, values);
            databases.add(add(writer, "HomeDomain", "Library/Safari/History.db", history,
                    "history_items history_visits"));
            log.println("DataUsage.sqlite: " + profile.processes() + " processes, " + profile.liveRows() + " rows");
            Path usage = work.resolve("DataUsage.sqlite");
            BrowsingDatabases.dataUsage(usage, profile, values);
            databases.add(add(writer, "WirelessDomain", "Library/Databases/DataUsage.sqlite", usage,
                    "ZPROCESS ZLIVEUSAGE"));
            log.println("ChatStorage.sqlite: " + profile.whatsappMessages() + " messages");
            Path chats = work.resolve("ChatStorage.sqlite");
            MessageDatabases.chatStorage(chats, profile, values);
            databases.add(add(writer, "AppDomainGroup-group.net.whatsapp.WhatsApp.shared", "ChatStorage.sqlite",
                    chats, "ZWACHATSESSION ZWAGROUPINFO ZWAMESSAGE ZWAMEDIAITEM ZWAMESSAGEDATAITEM"));
            writer.addFile("HomeDomain", "Library/Preferences/com.apple.identityservices.idstatuscache.plist",
                    OtherFiles.idStatusCache(profile, values), Instant.ofEpochSecond(Times.at(1, 1)));
            log.println("other files: " + profile.otherFiles() + " files, " + profile.otherBytes() + " bytes");
            OtherFiles.write(writer, profile, seed);
            Path backup = writer.finish();
            databases.add(new Database(null, "Manifest.db", "Files"));
            writeDatabaseList(out, backup, databases);
            log.println("indicator bundles: " + profile.bundleDomains() + " domains, "
                    + profile.bundleOthersPerType() + " of each other type");
            SyntheticBundle.write(out.resolve("iocs"), profile, values);
            return backup;
        } finally {
            deleteTree(work);
        }
    }

    private static Database add(BackupWriter writer, String domain, String relativePath, Path file, String tables)
            throws IOException {
        writer.addFile(domain, relativePath, file, Instant.ofEpochSecond(Times.at(1, 1)));
        return new Database(domain, relativePath, tables);
    }

    /** {@code databases.txt}: one line per database, its path in the backup then its tables, space-separated. */
    private static void writeDatabaseList(Path out, Path backup, List<Database> databases) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Database database : databases) {
            Path stored = database.domain() == null ? backup.resolve(database.relativePath())
                    : backup.resolve(BackupFileIds.storagePath(BackupFileIds.of(database.domain(),
                    database.relativePath())));
            text.append(stored.toAbsolutePath()).append(' ').append(database.tables()).append('\n');
        }
        Files.writeString(out.resolve("databases.txt"), text, StandardCharsets.UTF_8);
    }

    private static void device(BackupWriter writer) {
        writer.info("Device Name", "Bench iPhone")
                .info("Display Name", "Bench iPhone")
                .info("Product Type", "iPhone12,1")
                .info("Product Version", "14.6")
                .info("Build Version", "18F72")
                .info("Serial Number", "BENCH0000001")
                .info("Unique Identifier", UDID.toUpperCase(Locale.ROOT))
                .info("Last Backup Date", Instant.parse("2022-01-02T00:00:00Z"))
                .lockdown("DeviceName", "Bench iPhone")
                .lockdown("ProductVersion", "14.6")
                .lockdown("BuildVersion", "18F72")
                .lockdown("UniqueDeviceID", UDID)
                .date(Instant.parse("2022-01-02T00:00:00Z"));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
