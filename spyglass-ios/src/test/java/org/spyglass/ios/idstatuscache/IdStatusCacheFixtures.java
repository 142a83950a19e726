package org.spyglass.ios.idstatuscache;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * A realistic idstatuscache.plist for whole-backup tests: four lookups (a phone number under iMessage and FaceTime,
 * a benign e-mail address) plus one planted lookup of {@value #ATTACKER}, a Pegasus attacker account of Amnesty's
 * 2021 emails.txt, which the bundled feeds list.
 */
public final class IdStatusCacheFixtures {
    /** HomeDomain relative path (fileID 6b97989189901ceaa4e5be9b7f05fb584120e27b). */
    public static final String RELATIVE_PATH = "Library/Preferences/com.apple.identityservices.idstatuscache.plist";
    /** The planted attacker account. */
    public static final String ATTACKER = "bekkerfredi@gmail.com";
    /** When the attacker account was looked up. */
    public static final Instant ATTACKER_LOOKUP = Instant.parse("2021-07-10T13:16:20Z");
    /** Records the id_status_cache module emits. */
    public static final int RECORDS = 4;
    /** Alerts it raises with the bundled feeds: the attacker account. */
    public static final List<Level> ALERT_LEVELS = List.of(Level.CRITICAL);

    private IdStatusCacheFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        return builder.file("HomeDomain", RELATIVE_PATH, plist());
    }

    /** The plist's bytes (binary), the same on every call. */
    public static byte[] plist() {
        NSDictionary madrid = new NSDictionary();
        madrid.put("tel:+15550101", lookup(Instant.parse("2021-07-01T09:00:00Z"), 1));
        madrid.put("mailto:friend@example.org", lookup(Instant.parse("2021-07-02T18:30:00Z"), 1));
        madrid.put("mailto:" + ATTACKER, lookup(ATTACKER_LOOKUP, 1));
        NSDictionary facetime = new NSDictionary();
        facetime.put("tel:+15550101", lookup(Instant.parse("2021-07-03T12:00:00Z"), 1));
        NSDictionary root = new NSDictionary();
        root.put("com.apple.madrid", madrid);
        root.put("com.apple.private.alloy.facetime.multi", facetime);
        return binary(root);
    }

    static NSDictionary lookup(Instant when, int status) {
        NSDictionary entry = new NSDictionary();
        entry.put("LookupDate", new NSNumber(SqlScript.appleSeconds(when)));
        entry.put("IDStatus", new NSNumber(status));
        return entry;
    }

    static byte[] binary(NSDictionary root) {
        try {
            return BinaryPropertyListWriter.writeToArray(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
