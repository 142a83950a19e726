package org.spyglass.ios.calendar;

import java.time.Instant;
import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/**
 * One event per time the item has, named after its column as MVT does: {@code start_date}, {@code end_date},
 * {@code last_modified}, {@code creation_date} and {@code participant_last_modified}.
 */
final class CalendarTimeline implements TimelineMapper<CalendarEvent> {

    @Override
    public void map(CalendarEvent event, Consumer<TimelineEvent> out) {
        String description = "Calendar event \"" + (event.summary() == null ? "" : event.summary()) + "\""
                + (event.description() == null || event.description().isBlank() ? "" : " (" + event.description() + ")")
                + (event.participantEmail() == null ? "" : " (invitation by " + event.participantEmail() + ")");
        add(out, event.startDate(), "start_date", description);
        add(out, event.endDate(), "end_date", description);
        add(out, event.lastModified(), "last_modified", description);
        add(out, event.creationDate(), "creation_date", description);
        add(out, event.participantLastModified(), "participant_last_modified", description);
    }

    private static void add(Consumer<TimelineEvent> out, Instant time, String name, String description) {
        if (time != null) {
            out.accept(new TimelineEvent(time, CalendarModule.NAME, name, description));
        }
    }
}
