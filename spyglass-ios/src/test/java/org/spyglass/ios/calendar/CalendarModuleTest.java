package org.spyglass.ios.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.calendar.CalendarFixtures.item;
import static org.spyglass.ios.calendar.CalendarFixtures.participant;
import static org.spyglass.ios.calendar.CalendarFixtures.uuid;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class CalendarModuleTest {
    private static final Instant START = Instant.parse("2021-07-02T09:00:00Z");
    private static final Instant END = Instant.parse("2021-07-02T10:00:00Z");
    private static final Instant CREATED = Instant.parse("2021-06-30T22:41:07Z");
    private static final Instant MODIFIED = Instant.parse("2021-06-30T22:41:09Z");
    private static final Indicators PEGASUS = TestIndicators.of()
            .add(IndicatorType.EMAIL, CalendarFixtures.PLANTED_EMAIL, "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsEveryItemWithItsOrganizer() throws Exception {
        ModuleRun.Result<CalendarEvent> result = run(database(CalendarFixtures.SCHEMA,
                item(1, "Dentist", "Bring the card", START, END, null, CREATED, MODIFIED)
                        + item(2, "Lunch", null, START, END, 5L, CREATED, MODIFIED)
                        + participant(5, 2, "mailto:ana@example.org", "+15550142", MODIFIED)), TestIndicators.none());

        assertThat(result.records()).hasSize(2);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(1)).isEqualTo(new CalendarEvent(2, "Lunch", null, START, END, false, 1L, 0L,
                null, 5L, null, MODIFIED, null, null, null, false, uuid(2), CREATED, null, null,
                "0F1E2D3C-0000-4000-8000-000000000005", "mailto:ana@example.org", "+15550142", null, MODIFIED));
        assertThat(result.records().get(0).participantEmail()).isNull();
        assertThat(result.records().get(0).organizerId()).isZero();
    }

    @Test
    void raisesACriticalAlertForAnInvitationFromAnIndicatorAccountOnly() throws Exception {
        ModuleRun.Result<CalendarEvent> result = run(database(CalendarFixtures.SCHEMA,
                item(1, "Catch-up", null, START, END, 1L, CREATED, MODIFIED)
                        + participant(1, 1, "mailto:OskarSchalcher@outlook.com", null, MODIFIED)
                        + item(2, "Lunch", null, START, END, 2L, CREATED, MODIFIED)
                        + participant(2, 2, "ana@example.org", null, MODIFIED)), PEGASUS);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.module()).isEqualTo("calendar");
            assertThat(alert.eventTime()).isEqualTo(CREATED);
            assertThat(alert.message()).contains("event \"Catch-up\" with UUID")
                    .contains("mailto:OskarSchalcher@outlook.com")
                    .contains("\"oskarschalcher@outlook.com\"").contains("\"Pegasus\"");
        });
    }

    @Test
    void flagsQuaDreamsMeetingNotesEventsOnly() throws Exception {
        ModuleRun.Result<CalendarEvent> result = run(database(CalendarFixtures.SCHEMA,
                item(1, "Meeting", "Notes", START, END, null, CREATED, MODIFIED)
                        + item(2, "Meeting", "Agenda", START, END, null, CREATED, MODIFIED)
                        + item(3, "Team meeting", "Notes", START, END, null, null, MODIFIED)), TestIndicators.none());

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.HIGH);
            assertThat(alert.heuristic()).isEqualTo(CalendarChecker.QUADREAM_EXPLOIT_EVENT);
            assertThat(alert.heuristic().explanation()).contains("QuaDream").contains("not proof");
            assertThat(alert.message()).contains("Potential QuaDream exploit event").contains(uuid(1));
            assertThat(alert.eventTime()).isEqualTo(CREATED);
        });
    }

    @Test
    void putsEachTimeOfAnItemOnTheTimeline() throws Exception {
        ModuleRun.Result<CalendarEvent> result = run(database(CalendarFixtures.SCHEMA,
                item(1, "Lunch", "Table for two", START, END, 1L, CREATED, MODIFIED)
                        + participant(1, 1, "ana@example.org", null, MODIFIED)), TestIndicators.none());

        String description = "Calendar event \"Lunch\" (Table for two) (invitation by ana@example.org)";
        assertThat(result.events()).containsExactly(
                new TimelineEvent(START, "calendar", "start_date", description),
                new TimelineEvent(END, "calendar", "end_date", description),
                new TimelineEvent(MODIFIED, "calendar", "last_modified", description),
                new TimelineEvent(CREATED, "calendar", "creation_date", description),
                new TimelineEvent(MODIFIED, "calendar", "participant_last_modified", description));
    }

    @Test
    void readsAnOlderSchemaWithoutActionAndParticipantPhone() throws Exception {
        ModuleRun.Result<CalendarEvent> result = run(database("calendar-older.sql",
                "INSERT INTO CalendarItem (ROWID, summary, start_date, organizer_id, UUID) "
                        + "VALUES (1, 'Meeting', 646000000.5, 1, 'U1');"
                        + "INSERT INTO Participant (ROWID, owner_id, email) VALUES (1, 1, 'ana@example.org');"),
                TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).singleElement().satisfies(event -> {
            assertThat(event.startDate()).isEqualTo(Instant.ofEpochSecond(978_307_200L + 646_000_000L, 500_000_000));
            assertThat(event.participantEmail()).isEqualTo("ana@example.org");
            assertThat(event.participantPhone()).isNull();
            assertThat(event.action()).isNull();
        });
    }

    @Test
    void readsItemsWhenThereIsNoParticipantTable() throws Exception {
        ModuleRun.Result<CalendarEvent> result = run(BackupBuilder.in(dir).database(CalendarFixtures.DOMAIN,
                CalendarFixtures.RELATIVE_PATH, "CREATE TABLE CalendarItem (ROWID INTEGER PRIMARY KEY, summary TEXT, "
                        + "organizer_id INTEGER); INSERT INTO CalendarItem VALUES (1, 'Solo', 3);"),
                TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).extracting(CalendarEvent::summary).containsExactly("Solo");
    }

    @Test
    void notesAbsenceWhenTheItemTableIsMissing() throws Exception {
        ModuleRun.Result<CalendarEvent> result = run(BackupBuilder.in(dir).database(CalendarFixtures.DOMAIN,
                CalendarFixtures.RELATIVE_PATH, "CREATE TABLE Store (ROWID INTEGER PRIMARY KEY)"),
                TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("no CalendarItem table"));
    }

    @Test
    void fixtureRaisesTheDocumentedAlerts() throws Exception {
        ModuleRun.Result<CalendarEvent> result = run(CalendarFixtures.addTo(BackupBuilder.in(dir)), PEGASUS);

        assertThat(result.records()).hasSize(CalendarFixtures.RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(CalendarFixtures.ALERT_LEVELS);
        assertThat(result.alerts().get(0).eventTime()).isEqualTo(CalendarFixtures.PLANTED_CREATED);
    }

    private BackupBuilder database(String schema, String rows) {
        return BackupBuilder.in(dir).database(CalendarFixtures.DOMAIN, CalendarFixtures.RELATIVE_PATH,
                CalendarFixtures.schema(schema) + rows);
    }

    private static ModuleRun.Result<CalendarEvent> run(BackupBuilder builder, Indicators indicators)
            throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new CalendarModule(), source, indicators);
        }
    }

    @Test
    void describesAnEventWithoutNotesOrOrganizerWithoutNulls() {
        List<TimelineEvent> events = new ArrayList<>();
        new CalendarTimeline().map(new CalendarEvent(1L, "Dentist", null, Instant.parse("2021-07-01T09:00:00Z"),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null), events::add);

        assertThat(events).extracting(TimelineEvent::description).containsExactly("Calendar event \"Dentist\"");
    }
}
