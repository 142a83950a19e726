package org.spyglass.ios.calendar;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Calendar events (Calendar.sqlitedb): organizers' e-mail addresses matched, QuaDream's invitations flagged. */
public final class CalendarModule extends AbstractModule<CalendarEvent> {
    public static final String NAME = "calendar";
    /** HomeDomain {@code Library/Calendar/Calendar.sqlitedb}, fileID 2041457d5fe04d39d0ab481178355df6781e6858. */
    public static final String PATH = "/private/var/mobile/Library/Calendar/Calendar.sqlitedb";

    public CalendarModule() {
        super(NAME, CalendarEvent.class,
                "Calendar events (Calendar.sqlitedb): organizer e-mails matched, QuaDream invitations flagged",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(PATH));
    }

    @Override
    public Parser<CalendarEvent> parser() {
        return new CalendarParser();
    }

    @Override
    public Checker<CalendarEvent> checker() {
        return new CalendarChecker();
    }

    @Override
    public TimelineMapper<CalendarEvent> timeline() {
        return new CalendarTimeline();
    }
}
