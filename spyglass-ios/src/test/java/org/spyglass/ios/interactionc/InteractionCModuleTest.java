package org.spyglass.ios.interactionc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.interactionc.InteractionFixtures.PLANTED_EMAIL;
import static org.spyglass.ios.interactionc.InteractionFixtures.SAM_LID;
import static org.spyglass.ios.interactionc.InteractionFixtures.T0;

import java.nio.file.Path;
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
import org.spyglass.ios.whatsapp.WhatsappFixtures;

class InteractionCModuleTest {
    private static final String FILE_URL = "file:///private/var/mobile/Library/SMS/Attachments/0a/10/IMG_0001.jpeg";
    private static final Indicators PEGASUS = TestIndicators.of().add(IndicatorType.EMAIL, PLANTED_EMAIL, "Pegasus")
            .domain("accountcanceled.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsEachInteractionWithItsSenderAttachmentAndRecipient() throws Exception {
        ModuleRun.Result<Interaction> result = run(InteractionFixtures.addTo(BackupBuilder.in(dir)), PEGASUS);

        assertThat(result.records()).hasSize(InteractionFixtures.RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new Interaction(1, T0, T0, T0.plusSeconds(1),
                "com.apple.MobileSMS", "com.apple.MobileSMS", "p:+15550100", "INCOMING", 4L, false, 1L, "chat1001",
                null, null, null, null, "Alex Example", "+15550142", null, null, 0L, 4L, 2L, null, null, null, null,
                "public.jpeg", FILE_URL, 182_044L, null, "0A1B2C", null, null, null, null, null));
        Interaction whatsapp = result.records().get(2);
        assertThat(whatsapp.direction()).isEqualTo("OUTGOING");
        assertThat(whatsapp.senderIdentifier()).isNull();
        assertThat(whatsapp.recipientIdentifier()).isEqualTo(SAM_LID);
        assertThat(whatsapp.recipientResolvedPhoneNumber()).isNull();
    }

    @Test
    void raisesACriticalAlertForAnAttackerAppleIdAndNoneForOrdinaryContacts() throws Exception {
        ModuleRun.Result<Interaction> result = run(InteractionFixtures.addTo(BackupBuilder.in(dir)), PEGASUS);

        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(InteractionFixtures.ALERT_LEVELS);
        Alert alert = result.alerts().get(0);
        assertThat(alert.module()).isEqualTo("interaction_c");
        assertThat(alert.record()).isEqualTo(result.records().get(1));
        assertThat(alert.eventTime()).isEqualTo(T0.plusSeconds(3_600));
        assertThat(alert.message()).contains("sender of a com.apple.MobileSMS interaction").contains(PLANTED_EMAIL)
                .contains("\"Pegasus\"");
    }

    @Test
    void matchesHttpContentUrlsOnceButNotFileUrls() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).database("HomeDomain", InteractionFixtures.RELATIVE_PATH,
                InteractionFixtures.schema(InteractionFixtures.IOS15)
                        + InteractionFixtures.contact(1, "Alex Example", "+15550142")
                        + InteractionFixtures.contact(2, "Robin", "+15550150")
                        + InteractionFixtures.interaction(1, "com.apple.MobileSMS", 0, 1L, T0, T0, T0, null)
                        + InteractionFixtures.attachment(1, "public.url", "https://x.accountcanceled.com/a")
                        + InteractionFixtures.attachment(2, "public.jpeg", FILE_URL)
                        + InteractionFixtures.attachment(3, "public.url", "https://www.example.com/b")
                        + InteractionFixtures.link(1, 1) + InteractionFixtures.link(2, 1)
                        + InteractionFixtures.link(3, 1) + InteractionFixtures.recipient(1, 1)
                        + InteractionFixtures.recipient(2, 1));
        ModuleRun.Result<Interaction> result = run(builder, PEGASUS);

        assertThat(result.records()).hasSize(6);
        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.message()).contains("https://x.accountcanceled.com/a");
        });
    }

    @Test
    void resolvesWhatsappLidsThroughContactsV2() throws Exception {
        BackupBuilder builder = WhatsappFixtures.addTo(InteractionFixtures.addTo(BackupBuilder.in(dir)));
        ModuleRun.Result<Interaction> result = run(builder, PEGASUS);

        assertThat(result.warnings()).isEmpty();
        Interaction whatsapp = result.records().get(2);
        assertThat(whatsapp.recipientResolvedPhoneNumber()).isEqualTo("+1 555 0177");
        assertThat(whatsapp.recipientResolvedName()).isEqualTo("Sam Sample");
        assertThat(result.records().get(0).senderResolvedName()).isNull();
        assertThat(result.events().get(result.events().size() - 1).description())
                .isEqualTo("[net.whatsapp.WhatsApp] OUTGOING from local user to Sam Sample (+1 555 0177)");
    }

    @Test
    void putsStartEndAndOnlyDivergentCreationDatesOnTheTimeline() throws Exception {
        ModuleRun.Result<Interaction> result = run(InteractionFixtures.addTo(BackupBuilder.in(dir)),
                TestIndicators.none());

        assertThat(result.events()).extracting(TimelineEvent::event).containsExactly("start_date",
                "start_date", "end_date", "interactions_creation_date", "start_date", "end_date");
        assertThat(result.events().get(0)).isEqualTo(new TimelineEvent(T0, "interaction_c", "start_date",
                "[com.apple.MobileSMS] p:+15550100 INCOMING from Alex Example (+15550142) to chat1001"));
        assertThat(result.events().get(3)).isEqualTo(new TimelineEvent(T0.plusSeconds(3_600 + 3 * 86_400),
                "interaction_c", "interactions_creation_date", "Interaction record created 3 days after the event: "
                + "[com.apple.MobileSMS] p:+15550100 INCOMING from " + PLANTED_EMAIL + " to local user"));
    }

    @Test
    void findsJoinTablesWhoseEntityNumbersDiffer() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).database("HomeDomain", InteractionFixtures.RELATIVE_PATH,
                InteractionFixtures.schema(InteractionFixtures.RENUMBERED)
                        + "INSERT INTO ZCONTACTS (Z_PK, ZDISPLAYNAME, ZIDENTIFIER) VALUES (1, NULL, '"
                        + PLANTED_EMAIL + "'), (2, 'Me', 'owner@example.com');"
                        + "INSERT INTO ZINTERACTIONS (Z_PK, ZDIRECTION, ZSENDER, ZSTARTDATE, ZBUNDLEID) "
                        + "VALUES (7, 0, 1, 647600400, 'com.apple.MobileSMS');"
                        + "INSERT INTO ZATTACHMENT (Z_PK, ZUTI, ZCONTENTTEXT) VALUES (1, 'public.plain-text', 'hi');"
                        + "INSERT INTO Z_2INTERACTIONS (Z_2ATTACHMENTS, Z_4INTERACTIONS) VALUES (1, 7);"
                        + "INSERT INTO Z_3INTERACTIONRECIPIENT (Z_3RECIPIENTS, Z_4INTERACTIONRECIPIENT) "
                        + "VALUES (2, 7);");
        ModuleRun.Result<Interaction> result = run(builder, PEGASUS);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).singleElement().satisfies(interaction -> {
            assertThat(interaction.content()).isEqualTo("hi");
            assertThat(interaction.recipientIdentifier()).isEqualTo("owner@example.com");
            assertThat(interaction.account()).isNull();
        });
        assertThat(result.alerts()).hasSize(1);
    }

    @Test
    void readsInteractionsWithoutAttachmentOrRecipientTables() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).database("HomeDomain", InteractionFixtures.RELATIVE_PATH,
                InteractionFixtures.schema(InteractionFixtures.MINIMAL)
                        + "INSERT INTO ZCONTACTS (Z_PK, ZDISPLAYNAME, ZIDENTIFIER) VALUES (1, 'Alex', '+15550142');"
                        + "INSERT INTO ZINTERACTIONS (Z_PK, ZDIRECTION, ZSENDER, ZSTARTDATE, ZBUNDLEID) "
                        + "VALUES (1, 0, 1, 647600400, 'com.apple.mobilephone');");
        ModuleRun.Result<Interaction> result = run(builder, PEGASUS);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new Interaction(1, T0, null, null, "com.apple.mobilephone",
                null, null, "INCOMING", null, null, null, null, null, null, null, null, "Alex", "+15550142", null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null));
    }

    @Test
    void notesAbsenceWhenTheInteractionsTableIsMissing() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).database("HomeDomain", InteractionFixtures.RELATIVE_PATH,
                "CREATE TABLE ZCONTACTS (Z_PK INTEGER PRIMARY KEY)");
        ModuleRun.Result<Interaction> result = run(builder, PEGASUS);

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("no ZINTERACTIONS table"));
    }

    private static ModuleRun.Result<Interaction> run(BackupBuilder builder, Indicators indicators) throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new InteractionCModule(), source, indicators);
        }
    }
}
