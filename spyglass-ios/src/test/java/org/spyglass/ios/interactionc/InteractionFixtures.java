package org.spyglass.ios.interactionc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spyglass.core.Level;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * interactionC.db at HomeDomain {@code Library/CoreDuet/People/interactionC.db} (iOS 15 schema) with three
 * interactions: an SMS from a contact with a photo, an iMessage from {@code linakeller2203@gmail.com} (an Apple ID
 * of NSO's attackers listed in the bundled Pegasus indicators, 2021-07-18 investigation), recorded three days after
 * it happened, and a WhatsApp message sent to a LID. Also the row builders the tests use.
 */
public final class InteractionFixtures {
    public static final String IOS15 = "interactionc-ios15.sql";
    public static final String RENUMBERED = "interactionc-renumbered.sql";
    public static final String MINIMAL = "interactionc-minimal.sql";
    public static final String RELATIVE_PATH = "Library/CoreDuet/People/interactionC.db";

    public static final Instant T0 = Instant.parse("2021-07-10T09:00:00Z");
    public static final String PLANTED_EMAIL = "linakeller2203@gmail.com";
    public static final String SAM_LID = "100200300400500@lid";

    /** {@code interaction_c}: three records, one CRITICAL alert (the planted Apple ID). */
    public static final int RECORDS = 3;
    public static final List<Level> ALERT_LEVELS = List.of(Level.CRITICAL);

    private InteractionFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        return builder.database("HomeDomain", RELATIVE_PATH, schema(IOS15) + rows());
    }

    /** The rows of {@link #addTo}. */
    public static String rows() {
        return contact(1, "Alex Example", "+15550142")
                + contact(2, null, PLANTED_EMAIL)
                + contact(3, null, SAM_LID)
                + interaction(1, "com.apple.MobileSMS", 0, 1L, T0, T0, T0.plusSeconds(1), "chat1001")
                + attachment(1, "public.jpeg", "file:///private/var/mobile/Library/SMS/Attachments/0a/10/IMG_0001.jpeg")
                + link(1, 1)
                + interaction(2, "com.apple.MobileSMS", 0, 2L, T0.plusSeconds(3_600), T0.plusSeconds(3_660),
                T0.plusSeconds(3_600 + 3 * 86_400), null)
                + interaction(3, "net.whatsapp.WhatsApp", 1, null, T0.plusSeconds(7_200), T0.plusSeconds(7_230),
                T0.plusSeconds(7_200), SAM_LID)
                + recipient(3, 3);
    }

    public static String schema(String name) {
        try {
            return SqlScript.resource(InteractionFixtures.class, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String contact(long pk, String displayName, String identifier) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", pk);
        values.put("Z_ENT", 2);
        values.put("ZINCOMINGRECIPIENTCOUNT", 0);
        values.put("ZINCOMINGSENDERCOUNT", 4);
        values.put("ZOUTGOINGRECIPIENTCOUNT", 2);
        values.put("ZCREATIONDATE", SqlScript.appleSeconds(T0.minusSeconds(86_400)));
        values.put("ZDISPLAYNAME", displayName);
        values.put("ZIDENTIFIER", identifier);
        return SqlScript.insert("ZCONTACTS", values);
    }

    public static String interaction(long pk, String bundleId, int direction, Long sender, Instant start, Instant end,
                                     Instant created, String domainIdentifier) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", pk);
        values.put("Z_ENT", 3);
        values.put("ZDIRECTION", direction);
        values.put("ZISRESPONSE", 0);
        values.put("ZMECHANISM", 4);
        values.put("ZRECIPIENTCOUNT", 1);
        values.put("ZSENDER", sender);
        values.put("ZCREATIONDATE", SqlScript.appleSeconds(created));
        values.put("ZENDDATE", SqlScript.appleSeconds(end));
        values.put("ZSTARTDATE", SqlScript.appleSeconds(start));
        values.put("ZACCOUNT", bundleId.equals("com.apple.MobileSMS") ? "p:+15550100" : null);
        values.put("ZBUNDLEID", bundleId);
        values.put("ZDOMAINIDENTIFIER", domainIdentifier);
        values.put("ZTARGETBUNDLEID", bundleId);
        values.put("ZUUID", String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", pk));
        return SqlScript.insert("ZINTERACTIONS", values);
    }

    public static String attachment(long pk, String uti, String url) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", pk);
        values.put("Z_ENT", 1);
        values.put("ZSIZEINBYTES", 182_044);
        values.put("ZCONTENTURL", url);
        values.put("ZUTI", uti);
        values.put("ZIDENTIFIER", new byte[] {0x0a, 0x1b, 0x2c});
        return SqlScript.insert("ZATTACHMENT", values);
    }

    /** Links an attachment to an interaction (iOS 15 join table). */
    public static String link(long attachment, long interaction) {
        return SqlScript.insert("Z_1INTERACTIONS", Map.of("Z_1ATTACHMENTS", attachment, "Z_3INTERACTIONS",
                interaction));
    }

    /** Adds a recipient to an interaction (iOS 15 join table). */
    public static String recipient(long contact, long interaction) {
        return SqlScript.insert("Z_2INTERACTIONRECIPIENT", Map.of("Z_2RECIPIENTS", contact,
                "Z_3INTERACTIONRECIPIENT", interaction));
    }
}
