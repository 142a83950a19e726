package org.spyglass.ios.calendar;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;

/** Matches the organizer's e-mail address against the indicators and flags QuaDream's invitation pattern. */
final class CalendarChecker implements Checker<CalendarEvent> {
    static final Heuristic QUADREAM_EXPLOIT_EVENT = new Heuristic("ios.calendar.quadream-exploit-event", Level.HIGH,
            "QuaDream's ENDOFDAYS exploit (used against iPhones in 2021) was delivered as an invisible iCloud "
                    + "calendar invitation, and the events it left are titled \"Meeting\" with the notes \"Notes\". "
                    + "An event with exactly these two texts is worth an expert's look; people also create events "
                    + "like this, so it is not proof of an attack on its own.");

    @Override
    public void check(CalendarEvent event, CheckContext context) {
        List<IndicatorMatch> matches = event.participantEmail() == null ? List.of()
                : context.indicators().matchEmail(event.participantEmail());
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a calendar invitation from a known spyware operator "
                    + "account: event " + describe(event) + " organized by " + event.participantEmail() + " "
                    + MatchText.of(matches), event.recordedAt(), event, matches);
        }
        if ("Meeting".equals(event.summary()) && "Notes".equals(event.description())) {
            context.heuristicAlert(QUADREAM_EXPLOIT_EVENT, "Potential QuaDream exploit event in the calendar: "
                    + describe(event), event.recordedAt(), event);
        }
    }

    private static String describe(CalendarEvent event) {
        return "\"" + event.summary() + "\"" + (event.description() == null ? "" : " (" + event.description() + ")")
                + (event.uuid() == null ? "" : " with UUID " + event.uuid());
    }
}
