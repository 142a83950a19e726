package org.spyglass.ios.calendar;

import java.time.Instant;

/**
 * One {@code CalendarItem} row with its organizer ({@code Participant} whose ROWID is the item's
 * {@code organizer_id}), with MVT's fields. A column the database lacks leaves its field null; times are UTC.
 *
 * @param id                      {@code CalendarItem.ROWID}
 * @param summary                 the title
 * @param description             the notes
 * @param startDate               {@code start_date}
 * @param endDate                 {@code end_date}
 * @param allDay                  {@code all_day}
 * @param calendarId              {@code calendar_id}
 * @param origItemId              {@code orig_item_id}, the recurring event this one is an exception of
 * @param origDate                {@code orig_date}, the occurrence it replaces
 * @param organizerId             {@code organizer_id}
 * @param url                     {@code url}
 * @param lastModified            {@code last_modified}
 * @param externalId              {@code external_id} (the server's name for the event, e.g. an iCloud .ics path)
 * @param externalModTag          {@code external_mod_tag}
 * @param uniqueIdentifier        {@code unique_identifier} (the iCalendar UID)
 * @param hidden                  {@code hidden}
 * @param uuid                    {@code UUID}
 * @param creationDate            {@code creation_date}
 * @param action                  {@code action}
 * @param createdById             {@code created_by_id}
 * @param participantUuid         the organizer's {@code UUID}
 * @param participantEmail        the organizer's {@code email}
 * @param participantPhone        the organizer's {@code phone_number}
 * @param participantComment      the organizer's {@code comment}
 * @param participantLastModified the organizer's {@code last_modified}
 */
public record CalendarEvent(long id, String summary, String description, Instant startDate, Instant endDate,
                            Boolean allDay, Long calendarId, Long origItemId, Instant origDate, Long organizerId,
                            String url, Instant lastModified, String externalId, String externalModTag,
                            String uniqueIdentifier, Boolean hidden, String uuid, Instant creationDate,
                            String action, Long createdById, String participantUuid, String participantEmail,
                            String participantPhone, String participantComment, Instant participantLastModified) {

    /** When the event reached the phone, as near as the row tells: its creation, else its last change, else start. */
    public Instant recordedAt() {
        if (creationDate != null) {
            return creationDate;
        }
        return lastModified != null ? lastModified : startDate;
    }
}
