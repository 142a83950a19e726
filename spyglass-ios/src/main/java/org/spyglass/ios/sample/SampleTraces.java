package org.spyglass.ios.sample;

import static org.spyglass.ios.sample.SampleStory.ATTACKER_LOOKUP;
import static org.spyglass.ios.sample.SampleStory.BH_FIRST;
import static org.spyglass.ios.sample.SampleStory.DELETED_PROCESS_USAGE;
import static org.spyglass.ios.sample.SampleStory.INJECTED_LANDING;
import static org.spyglass.ios.sample.SampleStory.INJECTED_VISIT;
import static org.spyglass.ios.sample.SampleStory.ROLEACCOUNTD_FIRST;
import static org.spyglass.ios.sample.SampleStory.SMS_LINK;
import static org.spyglass.ios.sample.SampleStory.THREAT_NOTIFICATION;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.spyglass.ios.backup.write.SqlScript;

/**
 * The rows and plists of the sample's artifacts that carry planted traces (see {@link SampleBackup} for the list and
 * the alerts). Each artifact also holds ordinary entries, as a phone's would.
 */
final class SampleTraces {
    private SampleTraces() {
    }

    /** sms.db rows: four correspondents, seven messages. */
    static String smsRows() {
        StringBuilder sql = new StringBuilder();
        String[][] handles = {{"1", "+15550123", "iMessage"}, {"2", "+15550142", "SMS"}, {"3", "+15550177", "SMS"},
            {"4", "+15550199", "SMS"}};
        for (String[] handle : handles) {
            sql.append(SqlScript.insert("handle", Map.of("ROWID", Long.parseLong(handle[0]), "id", handle[1],
                    "country", "us", "service", handle[2])));
        }
        sql.append(message(1, 1, "iMessage", "Hi! Are we still on for lunch tomorrow?", false,
                Instant.parse("2021-03-10T12:02:00Z"), Instant.parse("2021-03-10T12:03:10Z")));
        sql.append(message(2, 1, "iMessage", "Yes, 12:30 at the usual place.", true,
                Instant.parse("2021-03-10T12:04:05Z"), null));
        sql.append(message(3, 2, "SMS", "Your parcel could not be delivered. Confirm your address: https://"
                + SampleBackup.PEGASUS_DOMAIN + "/dl/7a2c91e0", false, SMS_LINK, SMS_LINK.plusSeconds(453)));
        sql.append(message(4, 0, "SMS", "Your verification code is 482913.", false,
                Instant.parse("2021-04-02T07:45:00Z"), null));
        sql.append(message(5, 3, "SMS", "Photos from the trip are up at www.example.com/album/42.", false,
                Instant.parse("2021-06-05T18:20:00Z"), Instant.parse("2021-06-05T19:01:00Z")));
        sql.append(message(6, 3, "SMS", "Great pictures, thanks! See you on Friday.", true,
                Instant.parse("2021-06-07T11:00:00Z"), null));
        sql.append(message(7, 4, "SMS", "ALERT: State-sponsored attackers may be targeting your iPhone. Apple "
                + "believes you are being targeted by state-sponsored attackers. Visit https://www.apple.com/ for "
                + "more information.", false, THREAT_NOTIFICATION, THREAT_NOTIFICATION.plusSeconds(300)));
        return sql.toString();
    }

    private static String message(long rowId, long handleId, String service, String text, boolean fromMe,
                                  Instant date, Instant dateRead) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ROWID", rowId);
        values.put("guid", String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", rowId));
        values.put("text", text);
        values.put("handle_id", handleId);
        values.put("service", service);
        values.put("account", fromMe || service.equals("iMessage") ? "p:+15550100" : null);
        values.put("date", SqlScript.appleNanos(date));
        values.put("date_read", dateRead == null ? 0L : SqlScript.appleNanos(dateRead));
        values.put("is_from_me", fromMe ? 1 : 0);
        values.put("is_read", dateRead == null ? 0 : 1);
        return SqlScript.insert("message", values);
    }

    /**
     * DataUsage.sqlite rows: three apps used all year, {@code bh} and {@code roleaccountd} on the night of the
     * zero-click attack, and process 4 deleted while its usage row stayed.
     */
    static String usageRows() {
        Instant firstDay = Instant.parse("2021-01-04T08:00:00Z");
        StringBuilder sql = new StringBuilder();
        sql.append(process(1, "Weather", "com.apple.weather", firstDay, Instant.parse("2021-11-25T07:00:00Z")));
        sql.append(process(2, "MobileSafari", "com.apple.mobilesafari", firstDay.plusSeconds(300),
                Instant.parse("2021-11-25T07:30:00Z")));
        sql.append(process(3, "bh", null, BH_FIRST, Instant.parse("2021-07-14T02:47:12Z")));
        sql.append(process(5, "roleaccountd", null, ROLEACCOUNTD_FIRST, Instant.parse("2021-07-14T03:05:40Z")));
        sql.append(process(6, "Mail", "com.apple.mobilemail", firstDay.plusSeconds(600),
                Instant.parse("2021-11-25T06:50:00Z")));
        sql.append(live(1, 1, Instant.parse("2021-11-25T07:00:00Z"), 120_000, 8_000, 40_000, 2_000));
        sql.append(live(2, 2, Instant.parse("2021-11-25T07:30:00Z"), 5_400_000, 310_000, 800_000, 45_000));
        sql.append(live(3, 3, Instant.parse("2021-07-14T02:47:12Z"), 0, 0, 1_352_000, 96_000));
        sql.append(live(4, 4, DELETED_PROCESS_USAGE, 0, 0, 2_810_000, 204_000));
        sql.append(live(5, 5, Instant.parse("2021-07-14T03:05:40Z"), 0, 0, 61_000, 12_000));
        sql.append(live(6, 6, Instant.parse("2021-11-25T06:50:00Z"), 900_000, 70_000, 0, 0));
        return sql.toString();
    }

    private static String process(long id, String name, String bundle, Instant first, Instant last) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", id);
        values.put("Z_ENT", 8);
        values.put("Z_OPT", 1);
        values.put("ZFIRSTTIMESTAMP", SqlScript.appleSeconds(first));
        values.put("ZTIMESTAMP", SqlScript.appleSeconds(last));
        values.put("ZBUNDLENAME", bundle);
        values.put("ZPROCNAME", name);
        return SqlScript.insert("ZPROCESS", values);
    }

    private static String live(long id, long process, Instant time, long wifiIn, long wifiOut, long wwanIn,
                               long wwanOut) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", id);
        values.put("Z_ENT", 5);
        values.put("Z_OPT", 1);
        values.put("ZKIND", 0);
        values.put("ZHASPROCESS", process);
        values.put("ZTIMESTAMP", SqlScript.appleSeconds(time));
        values.put("ZWIFIIN", (double) wifiIn);
        values.put("ZWIFIOUT", (double) wifiOut);
        values.put("ZWWANIN", (double) wwanIn);
        values.put("ZWWANOUT", (double) wwanOut);
        return SqlScript.insert("ZLIVEUSAGE", values);
    }

    /**
     * Safari History.db rows: two visits to example.org, the plain-HTTP visit to example.com that the network
     * answered with a redirect to the exploit server 3 ms later, and a visit to apple.com after Apple's notification.
     */
    static String safariRows() {
        StringBuilder sql = new StringBuilder();
        sql.append(item(1, "https://example.org/", 1));
        sql.append(item(2, "https://example.org/news/2021/02/tides", 1));
        sql.append(item(3, "http://example.com/", 1));
        sql.append(item(4, SampleBackup.INJECTION_URL, 1));
        sql.append(item(5, "https://www.apple.com/", 1));
        sql.append(visit(1, 1, Instant.parse("2021-02-10T20:14:03.250Z"), "Example Domain", null, null));
        sql.append(visit(2, 2, Instant.parse("2021-02-10T20:14:41.900Z"), "Tides of February", null, null));
        sql.append(visit(3, 3, INJECTED_VISIT, null, null, 4L));
        sql.append(visit(4, 4, INJECTED_LANDING, null, 3L, null));
        sql.append(visit(5, 5, THREAT_NOTIFICATION.plusSeconds(430), "Apple", null, null));
        return sql.toString();
    }

    private static String item(long id, String url, int visits) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("url", url);
        values.put("visit_count", visits);
        values.put("daily_visit_counts", new byte[0]);
        values.put("should_recompute_derived_visit_counts", 0);
        values.put("visit_count_score", 100 * visits);
        return SqlScript.insert("history_items", values);
    }

    private static String visit(long id, long item, Instant time, String title, Long source, Long destination) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("history_item", item);
        values.put("visit_time", SqlScript.appleSeconds(time));
        values.put("title", title);
        values.put("load_successful", 1);
        values.put("redirect_source", source);
        values.put("redirect_destination", destination);
        return SqlScript.insert("history_visits", values);
    }

    /**
     * com.apple.identityservices.idstatuscache.plist (binary): the iMessage and FaceTime lookups of two
     * correspondents, and the iMessage lookup of the attacker's iCloud account on the night of the attack.
     */
    static byte[] idStatusCache() throws IOException {
        NSDictionary madrid = new NSDictionary();
        madrid.put("tel:+15550123", lookup(Instant.parse("2021-03-10T12:04:03Z"), 1));
        madrid.put("tel:+15550177", lookup(Instant.parse("2021-06-07T10:59:58Z"), 2));
        madrid.put("mailto:" + SampleBackup.ATTACKER_EMAIL, lookup(ATTACKER_LOOKUP, 1));
        NSDictionary facetime = new NSDictionary();
        facetime.put("tel:+15550123", lookup(Instant.parse("2021-04-20T19:30:00Z"), 1));
        NSDictionary root = new NSDictionary();
        root.put("com.apple.madrid", madrid);
        root.put("com.apple.private.alloy.facetime.multi", facetime);
        return BinaryPropertyListWriter.writeToArray(root);
    }

    private static NSDictionary lookup(Instant when, int status) {
        NSDictionary entry = new NSDictionary();
        entry.put("LookupDate", new NSNumber(SqlScript.appleSeconds(when)));
        entry.put("IDStatus", new NSNumber(status));
        return entry;
    }

    /** com.apple.CrashReporter.plist (binary) as Pegasus left it: crash reports are not to be sent to Apple. */
    static byte[] crashReporter() throws IOException {
        NSDictionary root = new NSDictionary();
        root.put("ShouldSubmit", false);
        return BinaryPropertyListWriter.writeToArray(root);
    }
}
