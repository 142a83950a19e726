package org.spyglass.ios.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.spyglass.core.source.FileTimes;
import org.spyglass.ios.backup.write.BackupWriter;
import org.spyglass.ios.backup.write.SqlScript;

/**
 * Writes a small synthetic iOS backup, in the real layout, that tells the invented story of one person's iPhone in
 * 2021 targeted with Pegasus, with every planted trace taken from the indicators bundled with Spyglass (Amnesty
 * International's investigations/2021-07-18_nso). Everything in it is invented: the device, the numbers (the
 * fictional +1 555 01xx range), the messages and the events. The content and the times are fixed, so every run writes
 * the same bytes.
 *
 * <p>Device: "Sample iPhone", iPhone12,1, iOS 14.6 (18F72), never updated after the attack (so the backup still holds
 * idstatuscache.plist, which backups leave out since iOS 14.7), backed up on 2021-11-25. The story, in UTC, and the
 * alert each trace raises with the bundled feeds (12 alerts: 5 CRITICAL, 3 HIGH, 3 MEDIUM, 1 LOW):
 * <ul>
 *   <li><b>backup_info</b>: iOS 14.6 while 14.7 had been out since 2021-07-19, 129 days before the backup
 *       ({@code ios.backup_info.outdated-ios}, MEDIUM).</li>
 *   <li><b>sms</b> ({@code sms.db}, 7 messages): on 2021-03-18 an SMS from +1 555 0142 with a link to
 *       {@value #PEGASUS_DOMAIN}, a Pegasus version 4 domain (CRITICAL); on 2021-11-24 Apple's threat notification
 *       "ALERT: State-sponsored attackers may be targeting your iPhone" ({@code ios.sms.apple-threat-notification},
 *       HIGH); a message without a handle ({@code handle_id} 0, kept by Spyglass); and ordinary messages, one with a
 *       harmless {@code www.example.com} link.</li>
 *   <li><b>safari_history</b> ({@code History.db}, 5 visits): on 2021-05-06 a visit to {@code http://example.com/}
 *       redirected 3 ms later to {@value #INJECTION_URL}, a random subdomain of {@value #INJECTION_DOMAIN} on a high
 *       port, the network-injection pattern Amnesty documented ({@code ios.safari_history.network-injection},
 *       MEDIUM, on the first visit; CRITICAL indicator match on the second); and ordinary visits to example.org and
 *       apple.com.</li>
 *   <li><b>id_status_cache</b> ({@code com.apple.identityservices.idstatuscache.plist}, 4 lookups): on 2021-07-14
 *       at 02:13:51 an iMessage lookup of {@value #ATTACKER_EMAIL}, a Pegasus attacker iCloud account (CRITICAL);
 *       and the lookups of two correspondents' numbers.</li>
 *   <li><b>datausage</b> ({@code DataUsage.sqlite}, 6 records): {@code bh}, first on the network at 02:15:26,
 *       and {@code roleaccountd} at 02:31:09, both Pegasus process names (two CRITICAL); process row 4 deleted,
 *       leaving a gap in the keys ({@code ios.datausage.process-id-gap}, LOW) and a usage row of 02:16:10 that points
 *       to it ({@code ios.datausage.deleted-process}, HIGH); and Weather, MobileSafari and Mail.</li>
 *   <li><b>lookup_process_correlation</b>: {@code bh} appeared 95 seconds after the attacker-account lookup
 *       ({@code ios.correlation.lookup-then-process}, HIGH); {@code roleaccountd}, 17 minutes after, is outside the
 *       ten-minute window.</li>
 *   <li><b>crash_reporter</b> (RootDomain {@code com.apple.CrashReporter.plist}, created 2021-07-14 02:16:02):
 *       {@code ShouldSubmit} false ({@code ios.crash_reporter.submission-off}, MEDIUM).</li>
 *   <li>No alert, for the timeline: <b>calls</b> (3 telephone calls), <b>calendar</b> (3 events), <b>tcc</b>
 *       (5 permissions of WhatsApp, Signal and Zoom), <b>global_preferences</b>, and <b>manifest</b>, which lists
 *       the files above.</li>
 * </ul>
 */
public final class SampleBackup {
    /** Where the modules keep the real iOS schemas their tests and this sample share. */
    private static final String SCHEMAS = "/org/spyglass/ios/";
    /** The backup folder's name: a made-up UDID. */
    public static final String UDID = "5a3f00000000000000000000000000000000c0de";
    /** The planted Pegasus domain of the SMS link (Pegasus version 4 infrastructure). */
    public static final String PEGASUS_DOMAIN = "accountcanceled.com";
    /** The Pegasus domain of the network injection. */
    public static final String INJECTION_DOMAIN = "free247downloads.com";
    /** Where the network injection sent Safari: a random subdomain of {@link #INJECTION_DOMAIN} on a high port. */
    public static final String INJECTION_URL = "https://qx7t2mb9d1.lk4vz0p3." + INJECTION_DOMAIN + ":31052/z8hwq2k";
    /** The Pegasus attacker iCloud account looked up before {@code bh} appeared (Amnesty's 2021 emails.txt). */
    public static final String ATTACKER_EMAIL = "linakeller2203@gmail.com";

    private SampleBackup() {
    }

    /** Writes the backup into {@code dir/<UDID>} and returns that folder; {@code dir} is created when missing. */
    public static Path write(Path dir) throws IOException {
        BackupWriter writer = device(BackupWriter.create(dir.resolve(UDID)));
        Path work = Files.createTempDirectory("spyglass-sample-");
        try {
            database(writer, work, "HomeDomain", "Library/SMS/sms.db", "sms-ios14.sql", SampleTraces.smsRows(),
                    SampleStory.THREAT_NOTIFICATION.plusSeconds(300));
            database(writer, work, "WirelessDomain", "Library/Databases/DataUsage.sqlite", "datausage-ios14.sql",
                    SampleTraces.usageRows(), Instant.parse("2021-11-25T07:30:00Z"));
            database(writer, work, "HomeDomain", "Library/Safari/History.db", SCHEMAS + "safari/history-ios17.sql",
                    SampleTraces.safariRows(), SampleStory.THREAT_NOTIFICATION.plusSeconds(430));
            writer.addFile("HomeDomain", "Library/Preferences/com.apple.identityservices.idstatuscache.plist",
                    SampleTraces.idStatusCache(), SampleStory.ATTACKER_LOOKUP);
            writer.addFile("RootDomain", "Library/Preferences/com.apple.CrashReporter.plist",
                    SampleTraces.crashReporter(), FileTimes.all(SampleStory.CRASH_REPORTER_CREATED));
            database(writer, work, "HomeDomain", "Library/CallHistoryDB/CallHistory.storedata",
                    SCHEMAS + "calls/callhistory-ios13.sql", SampleRoutine.callRows(),
                    SampleStory.THREAT_NOTIFICATION.plusSeconds(1825));
            database(writer, work, "HomeDomain", "Library/Calendar/Calendar.sqlitedb",
                    SCHEMAS + "calendar/calendar-recent.sql", SampleRoutine.calendarRows(),
                    Instant.parse("2021-08-10T09:45:00Z"));
            database(writer, work, "HomeDomain", "Library/TCC/TCC.db", SCHEMAS + "tcc/tcc-v3-ios14.sql",
                    SampleRoutine.tccRows(), Instant.parse("2021-04-12T14:58:44Z"));
            writer.addFile("HomeDomain", "Library/Preferences/.GlobalPreferences.plist",
                    SampleRoutine.globalPreferences(), Instant.parse("2021-01-10T10:00:00Z"));
            return writer.finish();
        } finally {
            deleteTree(work);
        }
    }

    private static BackupWriter device(BackupWriter writer) {
        return writer.info("Device Name", "Sample iPhone")
                .info("Display Name", "Sample iPhone")
                .info("Product Type", "iPhone12,1")
                .info("Product Name", "iPhone 11")
                .info("Product Version", "14.6")
                .info("Build Version", "18F72")
                .info("Serial Number", "SAMPLE000001")
                .info("IMEI", "000000000000001")
                .info("Phone Number", "+1 555 0100")
                .info("Unique Identifier", UDID.toUpperCase(Locale.ROOT))
                .info("Last Backup Date", SampleStory.BACKUP)
                .lockdown("DeviceName", "Sample iPhone")
                .lockdown("ProductType", "iPhone12,1")
                .lockdown("ProductVersion", "14.6")
                .lockdown("BuildVersion", "18F72")
                .lockdown("UniqueDeviceID", UDID)
                .date(SampleStory.BACKUP);
    }

    /**
     * Writes a database from a schema resource ({@code sms-ios14.sql} beside this class, or a module's real schema
     * under {@link #SCHEMAS}, shared with that module's tests) and {@code rows}, and adds it to the backup.
     */
    private static void database(BackupWriter writer, Path work, String domain, String relativePath, String schema,
                                 String rows, Instant modified) throws IOException {
        Path file = work.resolve(Path.of(relativePath).getFileName());
        SqlScript.run(file, SqlScript.resource(SampleBackup.class, schema) + rows);
        writer.addDatabase(domain, relativePath, file, modified);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        }
    }
}
