package org.spyglass.ios.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.contacts.ContactsFixtures.EMAIL;
import static org.spyglass.ios.contacts.ContactsFixtures.HOME;
import static org.spyglass.ios.contacts.ContactsFixtures.HOME_PAGE;
import static org.spyglass.ios.contacts.ContactsFixtures.MOBILE;
import static org.spyglass.ios.contacts.ContactsFixtures.PHONE;
import static org.spyglass.ios.contacts.ContactsFixtures.URL;
import static org.spyglass.ios.contacts.ContactsFixtures.person;
import static org.spyglass.ios.contacts.ContactsFixtures.value;

import java.nio.file.Path;
import java.time.Instant;
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

class ContactsModuleTest {
    private static final Instant CREATED = Instant.parse("2019-02-11T16:20:00Z");
    private static final Instant MODIFIED = Instant.parse("2021-05-03T09:14:00Z");
    private static final Indicators INDICATORS = TestIndicators.of()
            .add(IndicatorType.EMAIL, ContactsFixtures.PLANTED_EMAIL, "Pegasus")
            .domain("accountcanceled.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsEveryValueWithItsPersonKindAndLabel() throws Exception {
        ModuleRun.Result<ContactValue> result = run(database(ContactsFixtures.SCHEMA,
                person(1, "Ana", "M.", "Example", "Example Org", CREATED, MODIFIED)
                        + value(10, 1, PHONE, MOBILE, "+1 555 0142")
                        + value(11, 1, EMAIL, HOME, "ana@example.org")
                        + value(12, 1, 5, HOME, null)
                        + person(2, null, null, null, "Example Bakery", null, null)
                        + value(13, 2, URL, HOME_PAGE, "https://www.example.com")), TestIndicators.none());

        assertThat(result.records()).hasSize(3);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new ContactValue(1, 10, 3L, "phone", "Mobile", "+1 555 0142",
                "Ana", "M.", "Example", "Example Org", CREATED, MODIFIED));
        assertThat(result.records().get(1).kind()).isEqualTo("email");
        assertThat(result.records().get(2).kind()).isEqualTo("url");
        assertThat(result.records().get(2).label()).isEqualTo("HomePage");
        assertThat(result.records().get(2).displayName()).isEqualTo("Example Bakery");
    }

    @Test
    void raisesAHighAlertForASavedIndicatorEmailOrSiteOnly() throws Exception {
        ModuleRun.Result<ContactValue> result = run(database(ContactsFixtures.SCHEMA,
                person(1, "Lisa", null, null, null, CREATED, MODIFIED)
                        + value(1, 1, EMAIL, HOME, "Bekkerfredi@gmail.com")
                        + value(2, 1, EMAIL, HOME, "lisa@example.org")
                        + value(3, 1, URL, HOME_PAGE, "https://x.accountcanceled.com/p")
                        + value(4, 1, URL, HOME_PAGE, "https://www.example.com")
                        + value(5, 1, PHONE, MOBILE, "+1 555 0100")), INDICATORS);

        assertThat(result.alerts()).hasSize(2).allSatisfy(alert -> {
            assertThat(alert.level()).isEqualTo(Level.HIGH);
            assertThat(alert.module()).isEqualTo("contacts");
            assertThat(alert.eventTime()).isEqualTo(MODIFIED);
            assertThat(alert.message()).contains("contact \"Lisa\"").contains("\"Pegasus\"");
        });
        assertThat(result.alerts().get(0).message()).contains("e-mail address").contains("Bekkerfredi@gmail.com");
        assertThat(result.alerts().get(1).message()).contains("web address")
                .contains("\"accountcanceled.com\"");
    }

    @Test
    void checksEmailShapedValuesOfOtherKindsAsEmails() throws Exception {
        ModuleRun.Result<ContactValue> result = run(database(ContactsFixtures.SCHEMA,
                person(1, "Lisa", null, null, null, CREATED, MODIFIED)
                        + value(1, 1, 13, HOME, "bekkerfredi@gmail.com")
                        + value(2, 1, 46, HOME, "see http://accountcanceled.com/x")), INDICATORS);

        assertThat(result.alerts()).extracting(Alert::message).satisfiesExactly(
                first -> assertThat(first).contains("e-mail address"),
                second -> assertThat(second).contains("link"));
    }

    @Test
    void putsCreationAndModificationOncePerPersonOnTheTimeline() throws Exception {
        ModuleRun.Result<ContactValue> result = run(database(ContactsFixtures.SCHEMA,
                person(1, "Ana", null, "Example", null, CREATED, MODIFIED)
                        + value(1, 1, PHONE, MOBILE, "+1 555 0142") + value(2, 1, EMAIL, HOME, "ana@example.org")
                        + person(2, "Ben", null, null, null, null, null) + value(3, 2, PHONE, HOME, "+1 555 0173")),
                TestIndicators.none());

        assertThat(result.events()).containsExactly(
                new TimelineEvent(CREATED, "contacts", "contact_created", "Contact \"Ana Example\" created"),
                new TimelineEvent(MODIFIED, "contacts", "contact_modified", "Contact \"Ana Example\" modified"));
    }

    @Test
    void readsAnOldSchemaWithoutLabels() throws Exception {
        ModuleRun.Result<ContactValue> result = run(database("addressbook-ios6.sql",
                "INSERT INTO ABPerson (ROWID, First, Last, CreationDate) VALUES (1, 'Ana', 'Example', 372000000);"
                        + "INSERT INTO ABMultiValue (UID, record_id, property, identifier, label, value) "
                        + "VALUES (1, 1, 3, 0, 1, '+1 555 0142');"), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new ContactValue(1, 1, 3L, "phone", null, "+1 555 0142", "Ana",
                null, "Example", null, Instant.ofEpochSecond(978_307_200L + 372_000_000L), null));
    }

    @Test
    void notesAbsenceWhenThereIsNoPersonTable() throws Exception {
        ModuleRun.Result<ContactValue> result = run(BackupBuilder.in(dir).database(ContactsFixtures.DOMAIN,
                ContactsFixtures.RELATIVE_PATH, "CREATE TABLE ABMultiValue (UID INTEGER PRIMARY KEY, value TEXT)"),
                TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("no ABPerson table"));
    }

    @Test
    void fixtureRaisesTheDocumentedAlerts() throws Exception {
        ModuleRun.Result<ContactValue> result = run(ContactsFixtures.addTo(BackupBuilder.in(dir)), INDICATORS);

        assertThat(result.records()).hasSize(ContactsFixtures.RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(ContactsFixtures.ALERT_LEVELS);
        assertThat(result.alerts().get(0).eventTime()).isEqualTo(ContactsFixtures.PLANTED_MODIFIED);
    }

    private BackupBuilder database(String schema, String rows) {
        return BackupBuilder.in(dir).database(ContactsFixtures.DOMAIN, ContactsFixtures.RELATIVE_PATH,
                ContactsFixtures.schema(schema) + rows);
    }

    private static ModuleRun.Result<ContactValue> run(BackupBuilder builder, Indicators indicators)
            throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new ContactsModule(), source, indicators);
        }
    }
}
