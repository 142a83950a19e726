package org.spyglass.ios.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.spyglass.ios.backup.write.BackupWriter;
import org.spyglass.ios.backup.write.SqlScript;

/**
 * Writes a small synthetic iOS backup, in the real layout, with planted traces of Pegasus taken from Amnesty
 * International's public indicators (investigations/2021-07-18_nso). Everything in it is invented: the device, the
 * numbers (the fictional +1 555 01xx range) and the messages. The content is fixed, so every run writes the same
 * data.
 *
 * <p>Device: "Sample iPhone", iPhone12,1, iOS 14.8 (18H17), backed up on 2021-11-25. Planted:
 * <ul>
 *   <li><b>sms.db</b> ({@code /private/var/mobile/Library/SMS/sms.db}, 7 messages): on 2019-07-05 an SMS from
 *       +1 555 0142 with a link to {@code accountcanceled.com}, a Pegasus version 4 domain (one CRITICAL alert); on
 *       2021-11-24 Apple's threat notification "ALERT: State-sponsored attackers may be targeting your iPhone" (one
 *       HIGH alert); a message without a handle ({@code handle_id} 0, kept by Spyglass); and ordinary messages,
 *       one with a harmless {@code www.example.com} link.</li>
 *   <li><b>DataUsage.sqlite</b> ({@code /private/var/wireless/Library/Databases/DataUsage.sqlite}): processes
 *       {@code bh} and {@code roleaccountd}, both Pegasus process names (two CRITICAL alerts); process row 4
 *       deleted, leaving a gap in the keys (one LOW alert) and a live-usage row that points to it (one HIGH
 *       alert); and ordinary processes (Weather, MobileSafari, Mail) with their usage.</li>
 *   <li>An ordinary {@code .GlobalPreferences.plist} in HomeDomain.</li>
 * </ul>
 */
public final class SampleBackup {
    /** The backup folder's name: a made-up UDID. */
    public static final String UDID = "5a3f00000000000000000000000000000000c0de";
    /** The planted Pegasus domain (Pegasus version 4 infrastructure). */
    public static final String PEGASUS_DOMAIN = "accountcanceled.com";

    private static final Instant BACKUP_DATE = Instant.parse("2021-11-25T18:30:00Z");

    private SampleBackup() {
    }

    /** Writes the backup into {@code dir/<UDID>} and returns that folder; {@code dir} is created when missing. */
    public static Path write(Path dir) throws IOException {
        Path folder = dir.resolve(UDID);
        BackupWriter writer = BackupWriter.create(folder)
                .info("Device Name", "Sample iPhone")
                .info("Display Name", "Sample iPhone")
                .info("Product Type", "iPhone12,1")
                .info("Product Name", "iPhone 11")
                .info("Product Version", "14.8")
                .info("Build Version", "18H17")
                .info("Serial Number", "SAMPLE000001")
                .info("IMEI", "000000000000001")
                .info("Phone Number", "+1 555 0100")
                .info("Unique Identifier", UDID.toUpperCase(Locale.ROOT))
                .info("Last Backup Date", BACKUP_DATE)
                .lockdown("DeviceName", "Sample iPhone")
                .lockdown("ProductType", "iPhone12,1")
                .lockdown("ProductVersion", "14.8")
                .lockdown("BuildVersion", "18H17")
                .lockdown("UniqueDeviceID", UDID)
                .date(BACKUP_DATE);
        Path work = Files.createTempDirectory("spyglass-sample-");
        try {
            Path sms = work.resolve("sms.db");
            SqlScript.run(sms, SqlScript.resource(SampleBackup.class, "sms-ios14.sql") + smsRows());
            writer.addDatabase("HomeDomain", "Library/SMS/sms.db", sms, Instant.parse("2021-11-24T09:15:00Z"));
            Path usage = work.resolve("DataUsage.sqlite");
            SqlScript.run(usage, SqlScript.resource(SampleBackup.class, "datausage-ios14.sql") + usageRows());
            writer.addDatabase("WirelessDomain", "Library/Databases/DataUsage.sqlite", usage,
                    Instant.parse("2019-07-06T08:00:00Z"));
            writer.addFile("HomeDomain", "Library/Preferences/.GlobalPreferences.plist", globalPreferences(),
                    Instant.parse("2021-01-10T10:00:00Z"));
            return writer.finish();
        } finally {
            for (String name : new String[] {"sms.db", "DataUsage.sqlite"}) {
                Files.deleteIfExists(work.resolve(name));
            }
            Files.deleteIfExists(work);
        }
    }

    private static String smsRows() {
        StringBuilder sql = new StringBuilder();
        String[][] handles = {{"1", "+15550100", "iMessage"}, {"2", "+15550142", "SMS"}, {"3", "+15550177", "SMS"},
            {"4", "+15550199", "SMS"}};
        for (String[] handle : handles) {
            sql.append(SqlScript.insert("handle", Map.of("ROWID", Long.parseLong(handle[0]), "id", handle[1],
                    "country", "us", "service", handle[2])));
        }
        sql.append(message(1, 1, "iMessage", "Hi! Are we still on for lunch tomorrow?", false,
                "2019-07-01T09:12:00Z", "2019-07-01T09:13:10Z"));
        sql.append(message(2, 1, "iMessage", "Yes, 12:30 at the usual place.", true, "2019-07-01T09:14:05Z", null));
        sql.append(message(3, 2, "SMS", "Your parcel could not be delivered. Confirm your address: https://"
                + PEGASUS_DOMAIN + "/dl/7a2c91e0", false, "2019-07-05T14:03:27Z", "2019-07-05T14:10:02Z"));
        sql.append(message(4, 0, "SMS", "Your verification code is 482913.", false, "2019-07-06T07:45:00Z", null));
        sql.append(message(5, 3, "SMS", "Photos from the trip are up at www.example.com/album/42.", false,
                "2019-08-12T18:20:00Z", "2019-08-12T19:01:00Z"));
        sql.append(message(6, 1, "iMessage", "See you on Friday!", true, "2019-08-14T11:00:00Z", null));
        sql.append(message(7, 4, "SMS", "ALERT: State-sponsored attackers may be targeting your iPhone. Apple "
                + "believes you are being targeted by state-sponsored attackers. Visit https://www.apple.com/ for "
                + "more information.", false, "2021-11-24T09:15:00Z", "2021-11-24T09:20:00Z"));
        return sql.toString();
    }

    private static String message(long rowId, long handleId, String service, String text, boolean fromMe,
                                  String date, String dateRead) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ROWID", rowId);
        values.put("guid", String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", rowId));
        values.put("text", text);
        values.put("handle_id", handleId);
        values.put("service", service);
        values.put("account", fromMe || service.equals("iMessage") ? "p:+15550100" : null);
        values.put("date", SqlScript.appleNanos(Instant.parse(date)));
        values.put("date_read", dateRead == null ? 0L : SqlScript.appleNanos(Instant.parse(dateRead)));
        values.put("is_from_me", fromMe ? 1 : 0);
        values.put("is_read", dateRead == null ? 0 : 1);
        return SqlScript.insert("message", values);
    }

    private static String usageRows() {
        StringBuilder sql = new StringBuilder();
        sql.append(process(1, "Weather", "com.apple.weather", "2019-06-01T08:00:00Z", "2019-07-06T07:00:00Z"));
        sql.append(process(2, "MobileSafari", "com.apple.mobilesafari", "2019-06-01T08:05:00Z",
                "2019-07-06T07:30:00Z"));
        sql.append(process(3, "bh", null, "2019-07-05T14:05:13Z", "2019-07-05T14:05:13Z"));
        sql.append(process(5, "roleaccountd", null, "2019-07-05T14:06:40Z", "2019-07-05T14:20:00Z"));
        sql.append(process(6, "Mail", "com.apple.mobilemail", "2019-06-01T08:10:00Z", "2019-07-06T06:50:00Z"));
        sql.append(live(1, 1, "2019-07-06T07:00:00Z", 120_000, 8_000, 40_000, 2_000));
        sql.append(live(2, 2, "2019-07-06T07:30:00Z", 5_400_000, 310_000, 800_000, 45_000));
        sql.append(live(3, 3, "2019-07-05T14:05:13Z", 0, 0, 1_352_000, 96_000));
        sql.append(live(4, 4, "2019-07-05T14:05:58Z", 0, 0, 2_810_000, 204_000));
        sql.append(live(5, 5, "2019-07-05T14:20:00Z", 0, 0, 61_000, 12_000));
        sql.append(live(6, 6, "2019-07-06T06:50:00Z", 900_000, 70_000, 0, 0));
        return sql.toString();
    }

    private static String process(long id, String name, String bundle, String first, String last) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", id);
        values.put("Z_ENT", 8);
        values.put("Z_OPT", 1);
        values.put("ZFIRSTTIMESTAMP", SqlScript.appleSeconds(Instant.parse(first)));
        values.put("ZTIMESTAMP", SqlScript.appleSeconds(Instant.parse(last)));
        values.put("ZBUNDLENAME", bundle);
        values.put("ZPROCNAME", name);
        return SqlScript.insert("ZPROCESS", values);
    }

    private static String live(long id, long process, String time, long wifiIn, long wifiOut, long wwanIn,
                               long wwanOut) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", id);
        values.put("Z_ENT", 5);
        values.put("Z_OPT", 1);
        values.put("ZKIND", 0);
        values.put("ZHASPROCESS", process);
        values.put("ZTIMESTAMP", SqlScript.appleSeconds(Instant.parse(time)));
        values.put("ZWIFIIN", (double) wifiIn);
        values.put("ZWIFIOUT", (double) wifiOut);
        values.put("ZWWANIN", (double) wwanIn);
        values.put("ZWWANOUT", (double) wwanOut);
        return SqlScript.insert("ZLIVEUSAGE", values);
    }

    private static byte[] globalPreferences() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict>"
                + "<key>AppleLocale</key><string>en_US</string>"
                + "<key>AppleLanguages</key><array><string>en-US</string></array>"
                + "</dict></plist>\n").getBytes(StandardCharsets.UTF_8);
    }
}
