package org.spyglass.ios.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.whatsapp.WhatsappFixtures.ALEX;
import static org.spyglass.ios.whatsapp.WhatsappFixtures.SAM_LID;
import static org.spyglass.ios.whatsapp.WhatsappFixtures.T0;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class WhatsappContactsModuleTest {

    @TempDir
    Path dir;

    @Test
    void readsEachContactWithItsDisappearingMessagesTimer() throws Exception {
        ModuleRun.Result<WhatsappContact> result = run(WhatsappFixtures.addTo(BackupBuilder.in(dir)));

        assertThat(result.records()).hasSize(WhatsappFixtures.CONTACT_RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.alerts()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new WhatsappContact(1, ALEX, null, "+1 555 0142", null,
                "Alex Example", "Alex", null, null, null, null, null, null, 604_800L, T0.minusSeconds(7_200), true,
                "7 days", null, null, T0.minusSeconds(3_600), 1L, 0L));
        WhatsappContact sam = result.records().get(1);
        assertThat(sam.lid()).isEqualTo(SAM_LID);
        assertThat(sam.disappearingModeIsOn()).isFalse();
        assertThat(sam.disappearingModeLabel()).isEqualTo("off");
    }

    @ParameterizedTest
    @CsvSource({"0, off", "86400, 24 hours", "604800, 7 days", "7776000, 90 days", "3600, 3600 seconds"})
    void labelsTheTimerAsWhatsappShowsIt(long seconds, String label) {
        assertThat(WhatsappContactsParser.label(seconds)).isEqualTo(label);
    }

    @Test
    void putsTimerAboutAndUpdateEventsOnTheTimeline() throws Exception {
        ModuleRun.Result<WhatsappContact> result = run(WhatsappFixtures.addTo(BackupBuilder.in(dir)));

        assertThat(result.events()).extracting(TimelineEvent::event).containsExactly(
                "disappearing_mode_set", "contact_last_updated", "about_changed", "contact_last_updated",
                "disappearing_mode_set", "contact_last_updated");
        assertThat(result.events().get(0)).isEqualTo(new TimelineEvent(T0.minusSeconds(7_200), "whatsapp_contacts",
                "disappearing_mode_set", "WhatsApp disappearing messages timer set to '7 days' for " + ALEX
                + " (Alex Example)"));
        assertThat(result.events().get(2).description()).isEqualTo("WhatsApp about text of 15550177@s.whatsapp.net "
                + "(Sam Sample) changed to \"Available\"");
    }

    @Test
    void leavesTheTimerUnknownOnAnOldSchemaWithoutIt() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).database(WhatsappFiles.DOMAIN, "ContactsV2.sqlite",
                WhatsappFixtures.schema(WhatsappFixtures.CONTACTS_MINIMAL)
                        + "INSERT INTO ZWAADDRESSBOOKCONTACT (Z_PK, ZLASTUPDATED, ZFULLNAME, ZPHONENUMBER, ZWHATSAPPID)"
                        + " VALUES (4, 647600400, 'Robin', '+1 555 0150', '15550150@s.whatsapp.net');");
        ModuleRun.Result<WhatsappContact> result = run(builder);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new WhatsappContact(4, "15550150@s.whatsapp.net", null,
                "+1 555 0150", null, "Robin", null, null, null, null, null, null, null, null, null, null, null, null,
                null, T0, null, null));
    }

    private static ModuleRun.Result<WhatsappContact> run(BackupBuilder builder) throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new WhatsappContactsModule(), source,
                    TestIndicators.of().domain("accountcanceled.com", "Pegasus").build());
        }
    }
}
