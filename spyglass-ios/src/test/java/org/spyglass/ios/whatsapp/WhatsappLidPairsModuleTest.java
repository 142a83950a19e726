package org.spyglass.ios.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.whatsapp.WhatsappFixtures.T0;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class WhatsappLidPairsModuleTest {
    private static final String LID_TABLE = "CREATE TABLE ZWAPHONENUMBERLIDPAIR (Z_PK INTEGER PRIMARY KEY, "
            + "ZTIMESTAMP TIMESTAMP, ZLID VARCHAR, ZPHONENUMBER VARCHAR);";

    @TempDir
    Path dir;

    @Test
    void readsThePairsOfLidSqliteWithoutAnAbsenceNoteForChatStorage() throws Exception {
        ModuleRun.Result<LidPhoneNumberPair> result = run(WhatsappFixtures.addTo(BackupBuilder.in(dir)));

        assertThat(result.records()).hasSize(WhatsappFixtures.LID_PAIR_RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).isEmpty();
        assertThat(result.alerts()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new LidPhoneNumberPair("100200300400500",
                "15550177@s.whatsapp.net", T0.minusSeconds(3_600)));
    }

    @Test
    void readsTheTableInChatStorageWhenThereIsNoLidSqlite() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).database(WhatsappFiles.DOMAIN, "ChatStorage.sqlite",
                LID_TABLE + WhatsappFixtures.lidPair(1, "100200300400502", "15550179@s.whatsapp.net", T0));
        ModuleRun.Result<LidPhoneNumberPair> result = run(builder);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new LidPhoneNumberPair("100200300400502",
                "15550179@s.whatsapp.net", T0));
    }

    @Test
    void skipsTheChatStorageCopyOfTheTableWhenLidSqliteIsBesideIt() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir)
                .database(WhatsappFiles.DOMAIN, "ChatStorage.sqlite",
                        LID_TABLE + WhatsappFixtures.lidPair(1, "1", "15550179@s.whatsapp.net", T0))
                .database(WhatsappFiles.DOMAIN, "LID.sqlite", WhatsappFixtures.schema(WhatsappFixtures.LID_SCHEMA)
                        + WhatsappFixtures.lidPair(1, "1", "15550179@s.whatsapp.net", T0));
        ModuleRun.Result<LidPhoneNumberPair> result = run(builder);

        assertThat(result.records()).hasSize(1);
    }

    @Test
    void notesAbsenceWhenNoDatabaseHasTheTable() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).database(WhatsappFiles.DOMAIN, "ChatStorage.sqlite",
                WhatsappFixtures.schema(WhatsappFixtures.CHAT_STORAGE_MINIMAL));
        ModuleRun.Result<LidPhoneNumberPair> result = run(builder);

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("no ZWAPHONENUMBERLIDPAIR table"));
    }

    @Test
    void putsEachPairOnTheTimeline() throws Exception {
        ModuleRun.Result<LidPhoneNumberPair> result = run(WhatsappFixtures.addTo(BackupBuilder.in(dir)));

        assertThat(result.events()).hasSize(2);
        assertThat(result.events().get(0)).isEqualTo(new TimelineEvent(T0.minusSeconds(3_600), "whatsapp_lid_pairs",
                "lid_pair_recorded", "WhatsApp associated LID 100200300400500 with phone number "
                + "15550177@s.whatsapp.net"));
    }

    private static ModuleRun.Result<LidPhoneNumberPair> run(BackupBuilder builder) throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new WhatsappLidPairsModule(), source,
                    TestIndicators.of().domain("accountcanceled.com", "Pegasus").build());
        }
    }
}
