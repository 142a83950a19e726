package org.spyglass.ios.sample;

import static org.spyglass.ios.sample.SampleStory.THREAT_NOTIFICATION;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.spyglass.ios.backup.write.SqlScript;

/**
 * The rows and files of the sample's ordinary artifacts: calls, calendar events, privacy permissions and the global
 * preferences of an everyday phone. They give the timeline its background and raise no alert.
 */
final class SampleRoutine {
    private SampleRoutine() {
    }

    /** CallHistory.storedata rows: three telephone calls with two correspondents. */
    static String callRows() {
        return call(1, "+15550123", Instant.parse("2021-03-02T17:05:12Z"), 312, true)
                + call(2, "+15550177", Instant.parse("2021-06-21T08:41:55Z"), 64, false)
                + call(3, "+15550123", THREAT_NOTIFICATION.plusSeconds(980), 845, true);
    }

    private static String call(long id, String number, Instant date, double seconds, boolean outgoing) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", id);
        values.put("Z_ENT", 2);
        values.put("Z_OPT", 1);
        values.put("ZANSWERED", 1);
        values.put("ZCALLTYPE", 1);
        values.put("ZORIGINATED", outgoing ? 1 : 0);
        values.put("ZREAD", 1);
        values.put("ZDATE", SqlScript.appleSeconds(date));
        values.put("ZDURATION", seconds);
        values.put("ZISO_COUNTRY_CODE", "us");
        values.put("ZLOCATION", "United States");
        values.put("ZSERVICE_PROVIDER", "com.apple.Telephony");
        values.put("ZUNIQUE_ID", uuid("C0A11", id));
        values.put("ZADDRESS", number.getBytes(StandardCharsets.UTF_8));
        return SqlScript.insert("ZCALLRECORD", values);
    }

    /** Calendar.sqlitedb rows: three events of the "Home" calendar that the schema creates. */
    static String calendarRows() {
        return event(1, "Dentist", "Bring the insurance card.", Instant.parse("2021-04-14T12:30:00Z"),
                Instant.parse("2021-04-14T13:00:00Z"), false, Instant.parse("2021-03-29T10:00:00Z"))
                + event(2, "Editorial meeting", "Agenda: the autumn series.", Instant.parse("2021-07-19T13:00:00Z"),
                Instant.parse("2021-07-19T14:00:00Z"), false, Instant.parse("2021-07-12T16:20:00Z"))
                + event(3, "Flight to Lisbon", "Flight TP 204, departs 18:05.", Instant.parse("2021-09-03T00:00:00Z"),
                Instant.parse("2021-09-04T00:00:00Z"), true, Instant.parse("2021-08-10T09:45:00Z"));
    }

    private static String event(long id, String summary, String notes, Instant start, Instant end, boolean allDay,
                                Instant created) {
        String uuid = uuid("CA1E", id);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ROWID", id);
        values.put("summary", summary);
        values.put("description", notes);
        values.put("start_date", SqlScript.appleSeconds(start));
        values.put("start_tz", allDay ? "_float" : "America/New_York");
        values.put("end_date", SqlScript.appleSeconds(end));
        values.put("end_tz", allDay ? "_float" : "America/New_York");
        values.put("all_day", allDay ? 1 : 0);
        values.put("calendar_id", 1);
        values.put("last_modified", SqlScript.appleSeconds(created));
        values.put("unique_identifier", uuid);
        values.put("hidden", 0);
        values.put("UUID", uuid);
        values.put("entity_type", 2);
        values.put("creation_date", SqlScript.appleSeconds(created));
        return SqlScript.insert("CalendarItem", values);
    }

    /** TCC.db rows: microphone, camera and contacts permissions of three messaging and video apps. */
    static String tccRows() {
        return access("kTCCServiceMicrophone", "net.whatsapp.WhatsApp", 2, Instant.parse("2021-01-05T10:12:00Z"))
                + access("kTCCServiceCamera", "net.whatsapp.WhatsApp", 2, Instant.parse("2021-01-05T10:12:31Z"))
                + access("kTCCServiceAddressBook", "net.whatsapp.WhatsApp", 2, Instant.parse("2021-01-05T10:13:02Z"))
                + access("kTCCServiceMicrophone", "org.whispersystems.signal", 2,
                Instant.parse("2021-02-01T18:40:10Z"))
                + access("kTCCServiceCamera", "us.zoom.videomeetings", 0, Instant.parse("2021-04-12T14:58:44Z"));
    }

    private static String access(String service, String bundleId, int authValue, Instant modified) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("service", service);
        values.put("client", bundleId);
        values.put("client_type", 0);
        values.put("auth_value", authValue);
        values.put("auth_reason", 2);
        values.put("auth_version", 1);
        values.put("flags", 0);
        values.put("last_modified", modified.getEpochSecond());
        return SqlScript.insert("access", values);
    }

    /** .GlobalPreferences.plist (XML): language and region. */
    static byte[] globalPreferences() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict>"
                + "<key>AppleLocale</key><string>en_US</string>"
                + "<key>AppleLanguages</key><array><string>en-US</string></array>"
                + "</dict></plist>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A fixed UUID whose first group is {@code prefix} and last the id, so every write gives the same one. */
    private static String uuid(String prefix, long id) {
        return String.format(Locale.ROOT, "%08X-0000-4000-8000-%012d", Long.parseLong(prefix, 16), id);
    }
}
