package org.spyglass.ios.calendar;

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
 * A realistic Calendar.sqlitedb for whole-backup tests: two ordinary events (one organized by a friend) and one
 * invitation organized by {@value #PLANTED_EMAIL}, an attacker Apple ID of Amnesty's 2021 Pegasus investigation (in
 * the bundled {@code pegasus.stix2}).
 */
public final class CalendarFixtures {
    public static final String DOMAIN = "HomeDomain";
    public static final String RELATIVE_PATH = "Library/Calendar/Calendar.sqlitedb";
    public static final String SCHEMA = "calendar-recent.sql";
    public static final String PLANTED_EMAIL = "oskarschalcher@outlook.com";
    public static final Instant PLANTED_CREATED = Instant.parse("2021-06-30T22:41:07Z");
    /** Records the module emits for this artifact. */
    public static final int RECORDS = 3;
    /** The alerts the planted invitation raises with the bundled feeds, in order. */
    public static final List<Level> ALERT_LEVELS = List.of(Level.CRITICAL);

    private CalendarFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        Instant day = Instant.parse("2021-06-28T09:00:00Z");
        return builder.database(DOMAIN, RELATIVE_PATH, schema(SCHEMA)
                + item(1, "Dentist", "Bring the insurance card", day, day.plusSeconds(3600), null,
                day.minusSeconds(86_400 * 7), day.minusSeconds(86_400 * 7))
                + item(2, "Lunch with Ana", null, day.plusSeconds(86_400 + 10_800), day.plusSeconds(86_400 + 14_400),
                1L, day.minusSeconds(86_400), day.minusSeconds(86_400))
                + participant(1, 2, "mailto:ana@example.org", null, day.minusSeconds(86_400))
                + item(3, "Catch-up", null, day.plusSeconds(86_400 * 4), day.plusSeconds(86_400 * 4 + 1800), 2L,
                PLANTED_CREATED, PLANTED_CREATED)
                + participant(2, 3, PLANTED_EMAIL, null, PLANTED_CREATED));
    }

    /** A {@code CalendarItem} row (an event in calendar 1); {@code organizer} may be null. */
    public static String item(long rowId, String summary, String description, Instant start, Instant end,
                              Long organizer, Instant created, Instant modified) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ROWID", rowId);
        values.put("summary", summary);
        values.put("description", description);
        values.put("start_date", SqlScript.appleSeconds(start));
        values.put("start_tz", "Europe/Paris");
        values.put("end_date", SqlScript.appleSeconds(end));
        values.put("end_tz", "Europe/Paris");
        values.put("all_day", 0);
        values.put("calendar_id", 1);
        values.put("orig_item_id", 0);
        values.put("orig_date", 0);
        values.put("organizer_id", organizer == null ? 0 : organizer);
        values.put("last_modified", modified == null ? null : SqlScript.appleSeconds(modified));
        values.put("hidden", 0);
        values.put("UUID", uuid(rowId));
        values.put("entity_type", 2);
        values.put("creation_date", created == null ? null : SqlScript.appleSeconds(created));
        return SqlScript.insert("CalendarItem", values);
    }

    /** A {@code Participant} row of the recent schema (with phone_number) for item {@code owner}. */
    public static String participant(long rowId, long owner, String email, String phone, Instant modified) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("ROWID", rowId);
        values.put("entity_type", 7);
        values.put("owner_id", owner);
        values.put("UUID", String.format(Locale.ROOT, "0F1E2D3C-0000-4000-8000-%012d", rowId));
        values.put("email", email);
        values.put("phone_number", phone);
        values.put("is_self", 0);
        values.put("last_modified", modified == null ? null : SqlScript.appleSeconds(modified));
        return SqlScript.insert("Participant", values);
    }

    public static String uuid(long rowId) {
        return String.format(Locale.ROOT, "A3B4C5D6-0000-4000-8000-%012d", rowId);
    }

    static String schema(String name) {
        try {
            return SqlScript.resource(CalendarFixtures.class, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
