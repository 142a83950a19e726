package org.spyglass.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.sample.SampleBackup;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * sms.db and WhatsApp's ChatStorage.sqlite, from the schemas the parsers' tests use. A third of the messages carry
 * a link to a harmless {@code .example} site; a few carry a planted indicator: the Pegasus domain of the bundled
 * feeds and synthetic-bundle domains.
 */
final class MessageDatabases {
    private static final String CHAT_STORAGE_SCHEMA = "/org/spyglass/ios/whatsapp/chatstorage-2.24.sql";

    private MessageDatabases() {
    }

    static void sms(Path file, EvidenceProfile profile, SyntheticValues values) throws IOException {
        int handles = Math.max(10, profile.sms() / 1000);
        int[] planted = SyntheticValues.planted(profile.sms());
        int[] domains = SyntheticValues.planted(profile.bundleDomains());
        try (BulkDatabase db = BulkDatabase.create(file, BackupBuilder.schema(BackupBuilder.SMS_IOS14))) {
            db.insert("INSERT INTO handle (ROWID, id, service) VALUES (?, ?, 'SMS')", handles, (insert, row) -> {
                insert.setLong(1, row + 1L);
                insert.setString(2, phone(row));
            });
            db.insert("INSERT INTO message (ROWID, guid, text, handle_id, service, account, date, date_read, "
                    + "is_from_me) VALUES (?, ?, ?, ?, 'SMS', 'p:+15550100', ?, ?, ?)", profile.sms(), (insert, row) -> {
                        long id = row + 1L;
                        long date = Times.appleNanos(Times.at(row, profile.sms()));
                        insert.setLong(1, id);
                        insert.setString(2, BackupBuilder.guid(id));
                        insert.setString(3, text(row, planted, domains, values));
                        insert.setLong(4, row % handles + 1L);
                        insert.setLong(5, date);
                        insert.setLong(6, row % 2 == 0 ? date + 60_000_000_000L : 0L);
                        insert.setInt(7, row % 2);
                    });
        }
    }

    static void chatStorage(Path file, EvidenceProfile profile, SyntheticValues values) throws IOException {
        int sessions = Math.max(10, profile.whatsappMessages() / 200);
        int[] planted = SyntheticValues.planted(profile.whatsappMessages());
        int[] domains = SyntheticValues.planted(profile.bundleDomains());
        try (BulkDatabase db = BulkDatabase.create(file,
                SqlScript.resource(BackupBuilder.class, CHAT_STORAGE_SCHEMA))) {
            db.insert("INSERT INTO ZWACHATSESSION (Z_PK, Z_ENT, Z_OPT, ZSESSIONTYPE, ZCONTACTJID, ZPARTNERNAME, "
                    + "ZLASTMESSAGEDATE) VALUES (?, 1, 1, 0, ?, ?, ?)", sessions, (insert, row) -> {
                        insert.setLong(1, row + 1L);
                        insert.setString(2, phone(row).substring(1) + "@s.whatsapp.net");
                        insert.setString(3, "Contact " + row);
                        insert.setDouble(4, Times.appleSeconds(Times.at(profile.whatsappMessages() - 1,
                                profile.whatsappMessages())));
                    });
            db.insert("INSERT INTO ZWAMESSAGE (Z_PK, Z_ENT, Z_OPT, ZISFROMME, ZMESSAGETYPE, ZCHATSESSION, "
                    + "ZMESSAGEDATE, ZSENTDATE, ZFROMJID, ZTOJID, ZSTANZAID, ZTEXT) VALUES (?, 9, 1, ?, 0, ?, ?, ?, "
                    + "?, ?, ?, ?)", profile.whatsappMessages(), (insert, row) -> {
                        long session = row % sessions;
                        String jid = phone((int) session).substring(1) + "@s.whatsapp.net";
                        boolean fromMe = row % 2 == 1;
                        double date = Times.appleSeconds(Times.at(row, profile.whatsappMessages()));
                        insert.setLong(1, row + 1L);
                        insert.setInt(2, fromMe ? 1 : 0);
                        insert.setLong(3, session + 1);
                        insert.setDouble(4, date);
                        insert.setDouble(5, date);
                        insert.setString(6, fromMe ? null : jid);
                        insert.setString(7, fromMe ? jid : null);
                        insert.setString(8, String.format(Locale.ROOT, "3EB0%016X", values.mix(row, 40)));
                        insert.setString(9, text(row, planted, domains, values));
                    });
        }
    }

    /** Every third message has a link; the planted rows link to indicators. */
    private static String text(int row, int[] planted, int[] domains, SyntheticValues values) {
        if (row == planted[0]) {
            return "Your parcel is waiting: https://" + SampleBackup.PEGASUS_DOMAIN + "/track/" + row;
        }
        for (int k = 1; k < planted.length; k++) {
            if (row == planted[k]) {
                return "Look at this https://" + values.domain(domains[k]) + "/p/" + row + " now";
            }
        }
        if (row % 3 == 0) {
            return "See https://www.site" + row % 5000 + ".example/article/" + row + "?ref=share for details";
        }
        return "Message number " + row + ": see you at " + (row % 24) + " o'clock, bring the notes";
    }

    private static String phone(int row) {
        return String.format(Locale.ROOT, "+1555%07d", row);
    }
}
