package org.spyglass.ios.calendar;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;

/**
 * Reads {@code CalendarItem} LEFT JOIN {@code Participant} on the organizer, in item order. Each column is named only
 * when its table has it ({@code action} and {@code Participant.phone_number} came late, for instance); the join is
 * made only when both the Participant table and {@code organizer_id} exist.
 */
final class CalendarParser extends SqliteParser<CalendarEvent> {
    /** Query label → CalendarItem column. */
    private static final Map<String, String> ITEM = new LinkedHashMap<>();
    /** Query label → Participant column. */
    private static final Map<String, String> ORGANIZER = new LinkedHashMap<>();

    static {
        for (String column : new String[] {"summary", "description", "start_date", "end_date", "all_day",
                "calendar_id", "orig_item_id", "orig_date", "organizer_id", "url", "last_modified", "external_id",
                "external_mod_tag", "unique_identifier", "hidden", "creation_date", "action", "created_by_id"}) {
            ITEM.put(column, column);
        }
        ITEM.put("uuid", "UUID");
        ORGANIZER.put("participant_uuid", "UUID");
        ORGANIZER.put("participant_email", "email");
        ORGANIZER.put("participant_phone", "phone_number");
        ORGANIZER.put("participant_comment", "comment");
        ORGANIZER.put("participant_last_modified", "last_modified");
    }

    CalendarParser() {
        super("Calendar.sqlitedb", "CalendarItem");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<CalendarEvent> context)
            throws SQLException {
        emitAll(database, query(database.columns("CalendarItem"), database.columns("Participant")),
                CalendarParser::event, file.devicePath() + ": CalendarItem", context);
    }

    static String query(Set<String> itemColumns, Set<String> participantColumns) {
        boolean join = itemColumns.contains("organizer_id") && !participantColumns.isEmpty();
        StringBuilder sql = new StringBuilder("SELECT i.ROWID AS id");
        ITEM.forEach((label, column) -> select(sql, itemColumns.contains(column), "i." + column, label));
        ORGANIZER.forEach((label, column) -> select(sql, join && participantColumns.contains(column),
                "p." + column, label));
        sql.append(" FROM CalendarItem i");
        if (join) {
            sql.append(" LEFT JOIN Participant p ON p.ROWID = i.organizer_id");
        }
        return sql.append(" ORDER BY i.ROWID").toString();
    }

    private static void select(StringBuilder sql, boolean present, String column, String label) {
        sql.append(", ").append(present ? column : "NULL").append(" AS ").append(label);
    }

    private static CalendarEvent event(Rows rows) throws SQLException {
        return new CalendarEvent(rows.getLong("id"), rows.getString("summary"), rows.getString("description"),
                time(rows, "start_date"), time(rows, "end_date"), flag(rows, "all_day"), rows.getLong("calendar_id"),
                rows.getLong("orig_item_id"), time(rows, "orig_date"), rows.getLong("organizer_id"),
                rows.getString("url"), time(rows, "last_modified"), rows.getString("external_id"),
                rows.getString("external_mod_tag"), rows.getString("unique_identifier"), flag(rows, "hidden"),
                rows.getString("uuid"), time(rows, "creation_date"), rows.getString("action"),
                rows.getLong("created_by_id"), rows.getString("participant_uuid"),
                rows.getString("participant_email"), rows.getString("participant_phone"),
                rows.getString("participant_comment"), time(rows, "participant_last_modified"));
    }

    private static Instant time(Rows rows, String label) throws SQLException {
        return Times.fromApple(rows.getNumber(label));
    }

    private static Boolean flag(Rows rows, String label) throws SQLException {
        Long value = rows.getLong(label);
        return value == null ? null : value != 0;
    }
}
