package org.spyglass.ios.calls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spyglass.core.Level;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * A realistic CallHistory.storedata for whole-backup tests: three ordinary calls and one incoming FaceTime call from
 * {@value #PLANTED_EMAIL}, an attacker Apple ID of Amnesty's 2021 Pegasus investigation (in the bundled
 * {@code pegasus.stix2}).
 */
public final class CallsFixtures {
    public static final String DOMAIN = "HomeDomain";
    public static final String RELATIVE_PATH = "Library/CallHistoryDB/CallHistory.storedata";
    public static final String SCHEMA = "callhistory-ios13.sql";
    public static final String PLANTED_EMAIL = "bogaardlisa803@gmail.com";
    public static final Instant PLANTED_TIME = Instant.parse("2021-06-24T19:45:10Z");
    /** Records the module emits for this artifact. */
    public static final int RECORDS = 4;
    /** The alerts the planted call raises with the bundled feeds, in order. */
    public static final List<Level> ALERT_LEVELS = List.of(Level.CRITICAL);

    private CallsFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        return builder.database(DOMAIN, RELATIVE_PATH, schema(SCHEMA)
                + call(1, Instant.parse("2021-06-20T08:12:00Z"), 312.0, "+15550142", "com.apple.Telephony", true,
                true, "California")
                + call(2, Instant.parse("2021-06-21T17:30:45Z"), 0.0, "+15550173", "com.apple.Telephony", false,
                false, "New York")
                + call(3, Instant.parse("2021-06-22T12:01:09Z"), 64.5, "+15550188", "net.whatsapp.WhatsApp", true,
                true, null)
                + call(4, PLANTED_TIME, 0.0, PLANTED_EMAIL, "com.apple.FaceTime", false, false, null));
    }

    /** A {@code ZCALLRECORD} row of the iOS 13 schema; the address is stored as a BLOB, as iOS does. */
    public static String call(long id, Instant date, double duration, String address, String provider,
                              boolean originated, boolean answered, String location) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", id);
        values.put("Z_ENT", 2);
        values.put("Z_OPT", 1);
        values.put("ZANSWERED", answered ? 1 : 0);
        values.put("ZCALLTYPE", "com.apple.FaceTime".equals(provider) ? 8 : 1);
        values.put("ZORIGINATED", originated ? 1 : 0);
        values.put("ZREAD", 1);
        values.put("ZDATE", SqlScript.appleSeconds(date));
        values.put("ZDURATION", duration);
        values.put("ZISO_COUNTRY_CODE", "us");
        values.put("ZLOCATION", location);
        values.put("ZSERVICE_PROVIDER", provider);
        values.put("ZUNIQUE_ID", uniqueId(id));
        values.put("ZADDRESS", address.getBytes(StandardCharsets.UTF_8));
        return SqlScript.insert("ZCALLRECORD", values);
    }

    public static String uniqueId(long id) {
        return String.format(Locale.ROOT, "6A1C2E0B-3F4D-4E8A-9B7C-%012d", id);
    }

    static String schema(String name) {
        try {
            return SqlScript.resource(CallsFixtures.class, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
