package org.spyglass.ios.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.whatsapp.WhatsappFixtures.ALEX;
import static org.spyglass.ios.whatsapp.WhatsappFixtures.GROUP;
import static org.spyglass.ios.whatsapp.WhatsappFixtures.SAM_LID;
import static org.spyglass.ios.whatsapp.WhatsappFixtures.T0;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class WhatsappChatSessionsModuleTest {
    private static final String LID_TABLE_IN_CHAT_STORAGE = "CREATE TABLE ZWAPHONENUMBERLIDPAIR (Z_PK INTEGER "
            + "PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZTIMESTAMP TIMESTAMP, ZLID VARCHAR, ZPHONENUMBER VARCHAR);";

    @TempDir
    Path dir;

    @Test
    void readsEachChatWithItsStoredMessageRange() throws Exception {
        ModuleRun.Result<WhatsappChatSession> result = run(WhatsappFixtures.addTo(BackupBuilder.in(dir)));

        assertThat(result.records()).hasSize(WhatsappFixtures.CHAT_SESSION_RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.alerts()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new WhatsappChatSession(1, ALEX, "Alex Example", 0L, false,
                false, 7L, T0.plusSeconds(600), null, T0, T0.plusSeconds(600), 3, null));
        assertThat(result.records().get(1).groupCreationDate()).isEqualTo(T0.minusSeconds(86_400 * 30));
        assertThat(result.records().get(1).storedMessageCount()).isEqualTo(1);
    }

    @Test
    void resolvesALidChatToThePhoneNumberInLidSqlite() throws Exception {
        ModuleRun.Result<WhatsappChatSession> result = run(WhatsappFixtures.addTo(BackupBuilder.in(dir)));

        WhatsappChatSession sam = result.records().get(2);
        assertThat(sam.contactJid()).isEqualTo(SAM_LID);
        assertThat(sam.partnerResolvedPhoneNumber()).isEqualTo("+15550177");
        assertThat(result.records().get(0).partnerResolvedPhoneNumber()).isNull();
    }

    @Test
    void fallsBackToTheLidTableInChatStorageWhenThereIsNoLidSqlite() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).database(WhatsappFiles.DOMAIN, "ChatStorage.sqlite",
                WhatsappFixtures.schema(WhatsappFixtures.CHAT_STORAGE_2_24) + LID_TABLE_IN_CHAT_STORAGE
                        + WhatsappFixtures.session(1, SAM_LID, "Sam", 0, T0, null)
                        + WhatsappFixtures.lidPair(1, SAM_LID, "+15550177", T0));
        ModuleRun.Result<WhatsappChatSession> result = run(builder);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).singleElement().satisfies(chat -> {
            assertThat(chat.partnerResolvedPhoneNumber()).isEqualTo("+15550177");
            assertThat(chat.storedMessageCount()).isZero();
            assertThat(chat.firstStoredMessageDate()).isNull();
        });
    }

    @Test
    void putsGroupCreationAndFirstAndLastMessagesOnTheTimeline() throws Exception {
        ModuleRun.Result<WhatsappChatSession> result = run(WhatsappFixtures.addTo(BackupBuilder.in(dir)));

        assertThat(result.events()).extracting(TimelineEvent::event).containsExactly(
                "chat_first_message", "chat_last_message",
                "group_created", "chat_first_message", "chat_last_message",
                "chat_first_message", "chat_last_message");
        assertThat(result.events().get(2)).isEqualTo(new TimelineEvent(T0.minusSeconds(86_400 * 30),
                "whatsapp_chat_sessions", "group_created", "WhatsApp group chat 'Book club' (" + GROUP
                + ") was created"));
        assertThat(result.events().get(6).description()).isEqualTo("Last message in WhatsApp chat with 'Sam' "
                + "(+15550177)");
    }

    @Test
    void readsAnOldSchemaWithoutGroupInfoOrCounters() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).database(WhatsappFiles.DOMAIN, "ChatStorage.sqlite",
                WhatsappFixtures.schema(WhatsappFixtures.CHAT_STORAGE_MINIMAL)
                        + "INSERT INTO ZWACHATSESSION (Z_PK, ZLASTMESSAGEDATE, ZCONTACTJID, ZPARTNERNAME) "
                        + "VALUES (1, 647600400, '15550142@s.whatsapp.net', NULL);"
                        + "INSERT INTO ZWAMESSAGE (Z_PK, ZCHATSESSION, ZMESSAGEDATE) VALUES (1, 1, 647600000);");
        ModuleRun.Result<WhatsappChatSession> result = run(builder);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new WhatsappChatSession(1, ALEX, null, null, null, null, null,
                T0, null, T0.minusSeconds(400), T0.minusSeconds(400), 1, null));
    }

    private static ModuleRun.Result<WhatsappChatSession> run(BackupBuilder builder) throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new WhatsappChatSessionsModule(), source,
                    TestIndicators.of().domain("accountcanceled.com", "Pegasus").build());
        }
    }
}
