package org.spyglass.ios.whatsapp;

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
 * WhatsApp's three databases as a backup holds them (domain {@value WhatsappFiles#DOMAIN}): ChatStorage.sqlite with
 * three chats and five messages, one of which carries a link to {@code accountcanceled.com} (a Pegasus domain of the
 * bundled feeds); LID.sqlite with two pairs; ContactsV2.sqlite with three contacts. Also the row builders the tests
 * use. Phone numbers are fictional (+1 555 01xx).
 */
public final class WhatsappFixtures {
    public static final String CHAT_STORAGE_2_24 = "chatstorage-2.24.sql";
    public static final String CHAT_STORAGE_MINIMAL = "chatstorage-minimal.sql";
    public static final String LID_SCHEMA = "lid.sql";
    public static final String CONTACTS_2_24 = "contactsv2-2.24.sql";
    public static final String CONTACTS_MINIMAL = "contactsv2-minimal.sql";

    public static final Instant T0 = Instant.parse("2021-07-10T09:00:00Z");
    public static final String ALEX = "15550142@s.whatsapp.net";
    public static final String SAM_LID = "100200300400500@lid";
    public static final String GROUP = "120363000000000001@g.us";
    public static final String PLANTED_LINK = "https://accountcanceled.com/verify/8d2c";

    /** {@code whatsapp}: five messages, one CRITICAL alert (the planted link). */
    public static final int MESSAGE_RECORDS = 5;
    public static final List<Level> MESSAGE_ALERT_LEVELS = List.of(Level.CRITICAL);
    /** {@code whatsapp_chat_sessions}: three chats, no alerts. */
    public static final int CHAT_SESSION_RECORDS = 3;
    /** {@code whatsapp_lid_pairs}: two pairs, no alerts. */
    public static final int LID_PAIR_RECORDS = 2;
    /** {@code whatsapp_contacts}: three contacts, no alerts. */
    public static final int CONTACT_RECORDS = 3;
    public static final List<Level> NO_ALERTS = List.of();

    private WhatsappFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        return builder.database(WhatsappFiles.DOMAIN, "ChatStorage.sqlite", schema(CHAT_STORAGE_2_24) + chatRows())
                .database(WhatsappFiles.DOMAIN, "LID.sqlite", schema(LID_SCHEMA) + lidRows())
                .database(WhatsappFiles.DOMAIN, "ContactsV2.sqlite", schema(CONTACTS_2_24) + contactRows());
    }

    /** The chats and messages of {@link #addTo}. */
    public static String chatRows() {
        return session(1, ALEX, "Alex Example", 0, T0.plusSeconds(600), null)
                + session(2, GROUP, "Book club", 1, T0.plusSeconds(900), 1L)
                + session(3, SAM_LID, "Sam", 0, T0.plusSeconds(1200), null)
                + groupInfo(1, 2, T0.minusSeconds(86_400 * 30))
                + message(1, 1, false, ALEX, null, "Lunch tomorrow?", T0)
                + message(2, 1, true, null, ALEX, "Sure, the menu is at https://www.example.org/menu",
                T0.plusSeconds(60))
                + message(3, 1, false, ALEX, null, null, T0.plusSeconds(600))
                + mediaItem(1, 3, "https://mmg.whatsapp.net/v/t62.7118-24/11111111_2222.enc", "Media/15550142/a.jpg")
                + message(4, 3, false, SAM_LID, null, "Your account will be closed: " + PLANTED_LINK,
                T0.plusSeconds(1200))
                + dataItem(1, 4, PLANTED_LINK, "Account verification", "Confirm your account")
                + message(5, 2, false, GROUP, null, "Chapter 3 this week", T0.plusSeconds(900));
    }

    /** The LID pairs of {@link #addTo}: the LID is stored as digits, the number as a JID. */
    public static String lidRows() {
        return lidPair(1, "100200300400500", "15550177@s.whatsapp.net", T0.minusSeconds(3_600))
                + lidPair(2, "100200300400501", "15550178@s.whatsapp.net", T0.minusSeconds(1_800));
    }

    /** The contacts of {@link #addTo}. */
    public static String contactRows() {
        return contact(1, ALEX, null, "+1 555 0142", "Alex Example", 604_800L, T0.minusSeconds(7_200), null)
                + contact(2, "15550177@s.whatsapp.net", SAM_LID, "+1 555 0177", "Sam Sample", 0L, null,
                "Available")
                + contact(3, "15550190@s.whatsapp.net", null, "+1 555 0190", "Jordan", 86_400L, T0, null);
    }

    public static String schema(String name) {
        try {
            return SqlScript.resource(WhatsappFixtures.class, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String session(long pk, String jid, String partner, int type, Instant last, Long groupInfo) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", pk);
        values.put("Z_ENT", 4);
        values.put("ZARCHIVED", 0);
        values.put("ZREMOVED", 0);
        values.put("ZMESSAGECOUNTER", 7);
        values.put("ZSESSIONTYPE", type);
        values.put("ZGROUPINFO", groupInfo);
        values.put("ZLASTMESSAGEDATE", SqlScript.appleSeconds(last));
        values.put("ZCONTACTJID", jid);
        values.put("ZPARTNERNAME", partner);
        return SqlScript.insert("ZWACHATSESSION", values);
    }

    public static String groupInfo(long pk, long session, Instant created) {
        return SqlScript.insert("ZWAGROUPINFO", Map.of("Z_PK", pk, "ZCHATSESSION", session, "ZCREATIONDATE",
                SqlScript.appleSeconds(created), "ZCREATORJID", ALEX));
    }

    public static String message(long pk, long session, boolean fromMe, String from, String to, String text,
                                 Instant date) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", pk);
        values.put("Z_ENT", 9);
        values.put("ZISFROMME", fromMe ? 1 : 0);
        values.put("ZMESSAGETYPE", text == null ? 1 : 0);
        values.put("ZCHATSESSION", session);
        values.put("ZMESSAGEDATE", SqlScript.appleSeconds(date));
        values.put("ZSENTDATE", SqlScript.appleSeconds(date));
        values.put("ZFROMJID", from);
        values.put("ZSTANZAID", String.format(Locale.ROOT, "3EB0%08d", pk));
        values.put("ZTEXT", text);
        values.put("ZTOJID", to);
        return SqlScript.insert("ZWAMESSAGE", values);
    }

    public static String mediaItem(long pk, long message, String url, String localPath) {
        return SqlScript.insert("ZWAMEDIAITEM", Map.of("Z_PK", pk, "ZMESSAGE", message, "ZMEDIAURL", url,
                "ZMEDIALOCALPATH", localPath, "ZFILESIZE", 48_213));
    }

    public static String dataItem(long pk, long message, String matchedText, String title, String summary) {
        return SqlScript.insert("ZWAMESSAGEDATAITEM", Map.of("Z_PK", pk, "ZMESSAGE", message, "ZTYPE", 0,
                "ZMATCHEDTEXT", matchedText, "ZTITLE", title, "ZSUMMARY", summary));
    }

    public static String lidPair(long pk, String lid, String phone, Instant when) {
        return SqlScript.insert("ZWAPHONENUMBERLIDPAIR", Map.of("Z_PK", pk, "ZLID", lid, "ZPHONENUMBER", phone,
                "ZTIMESTAMP", SqlScript.appleSeconds(when)));
    }

    public static String contact(long pk, String whatsappId, String lid, String phone, String fullName,
                                 Long disappearing, Instant disappearingSet, String about) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", pk);
        values.put("ZWHATSAPPID", whatsappId);
        values.put("ZLID", lid);
        values.put("ZPHONENUMBER", phone);
        values.put("ZFULLNAME", fullName);
        values.put("ZGIVENNAME", fullName.split(" ")[0]);
        values.put("ZDISAPPEARINGMODEDURATION", disappearing);
        values.put("ZDISAPPEARINGMODETIMESTAMP", disappearingSet == null ? null
                : SqlScript.appleSeconds(disappearingSet));
        values.put("ZABOUTTEXT", about);
        values.put("ZABOUTTIMESTAMP", about == null ? null : SqlScript.appleSeconds(T0.minusSeconds(86_400)));
        values.put("ZLASTUPDATED", SqlScript.appleSeconds(T0.minusSeconds(3_600)));
        values.put("ZPHONENUMBERSTATUS", 1);
        values.put("ZSYNCPOLICY", 0);
        return SqlScript.insert("ZWAADDRESSBOOKCONTACT", values);
    }
}
