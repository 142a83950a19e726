package org.spyglass.ios.contacts;

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
 * A realistic AddressBook.sqlitedb for whole-backup tests: two ordinary contacts and one contact saved with
 * {@value #PLANTED_EMAIL}, an attacker Apple ID of Amnesty's 2021 Pegasus investigation (in the bundled
 * {@code pegasus.stix2}).
 */
public final class ContactsFixtures {
    public static final String DOMAIN = "HomeDomain";
    public static final String RELATIVE_PATH = "Library/AddressBook/AddressBook.sqlitedb";
    public static final String SCHEMA = "addressbook-ios13.sql";
    public static final String PLANTED_EMAIL = "bekkerfredi@gmail.com";
    public static final Instant PLANTED_MODIFIED = Instant.parse("2021-05-03T09:14:00Z");
    /** Records (contact values) the module emits for this artifact. */
    public static final int RECORDS = 5;
    /** The alerts the planted contact raises with the bundled feeds, in order. */
    public static final List<Level> ALERT_LEVELS = List.of(Level.HIGH);

    /** Property codes of {@code ABMultiValue}. */
    public static final int PHONE = 3;
    public static final int EMAIL = 4;
    public static final int URL = 22;
    /** Label rows of the iOS 13 schema. */
    public static final int MOBILE = 1;
    public static final int HOME = 2;
    public static final int WORK = 3;
    public static final int HOME_PAGE = 4;

    private ContactsFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        Instant created = Instant.parse("2019-02-11T16:20:00Z");
        return builder.database(DOMAIN, RELATIVE_PATH, schema(SCHEMA)
                + person(1, "Ana", null, "Example", "Example Org", created, created.plusSeconds(86_400))
                + value(1, 1, PHONE, MOBILE, "+1 555 0142")
                + value(2, 1, EMAIL, WORK, "ana@example.org")
                + value(3, 1, URL, HOME_PAGE, "https://www.example.com/ana")
                + person(2, "Ben", "J.", "Sample", null, created, created)
                + value(4, 2, PHONE, HOME, "+1 555 0173")
                + person(3, "Lisa", null, null, null, Instant.parse("2021-05-03T09:12:00Z"), PLANTED_MODIFIED)
                + value(5, 3, EMAIL, HOME, PLANTED_EMAIL));
    }

    /** An {@code ABPerson} row; dates may be null. */
    public static String person(long rowId, String first, String middle, String last, String organization,
                                Instant created, Instant modified) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ROWID", rowId);
        values.put("First", first);
        values.put("Middle", middle);
        values.put("Last", last);
        values.put("Organization", organization);
        values.put("Kind", 0);
        values.put("CreationDate", created == null ? null : (long) SqlScript.appleSeconds(created));
        values.put("ModificationDate", modified == null ? null : (long) SqlScript.appleSeconds(modified));
        values.put("StoreID", 0);
        values.put("guid", String.format(Locale.ROOT, "9C0D1E2F-0000-4000-8000-%012d:ABPerson", rowId));
        return SqlScript.insert("ABPerson", values);
    }

    /** An {@code ABMultiValue} row of the iOS 13 schema. */
    public static String value(long uid, long person, int property, int label, String value) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("UID", uid);
        values.put("record_id", person);
        values.put("property", property);
        values.put("identifier", 0);
        values.put("label", label);
        values.put("value", value);
        values.put("guid", String.format(Locale.ROOT, "5E6F7A8B-0000-4000-8000-%012d", uid));
        return SqlScript.insert("ABMultiValue", values);
    }

    static String schema(String name) {
        try {
            return SqlScript.resource(ContactsFixtures.class, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
