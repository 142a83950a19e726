package org.spyglass.ios.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.whatsapp.WhatsappFixtures.ALEX;
import static org.spyglass.ios.whatsapp.WhatsappFixtures.PLANTED_LINK;
import static org.spyglass.ios.whatsapp.WhatsappFixtures.SAM_LID;
import static org.spyglass.ios.whatsapp.WhatsappFixtures.T0;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.UrlRecord;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class WhatsappModuleTest {
    private static final Indicators PEGASUS = TestIndicators.of().domain("accountcanceled.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsOneRecordPerMessageWithItsMediaItemAndLinkPreview() throws Exception {
        ModuleRun.Result<WhatsappMessage> result = run(WhatsappFixtures.addTo(BackupBuilder.in(dir)), PEGASUS);

        assertThat(result.records()).hasSize(WhatsappFixtures.MESSAGE_RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(3)).isEqualTo(new WhatsappMessage(4, 3L, T0.plusSeconds(1200),
                T0.plusSeconds(1200), false, SAM_LID, null, null, "3EB000000004", 0L, null,
                "Your account will be closed: " + PLANTED_LINK, null, null, null, null, null, PLANTED_LINK,
                "Confirm your account", "Account verification", List.of(PLANTED_LINK)));
        assertThat(result.records().get(1).isFromMe()).isTrue();
        assertThat(result.records().get(1).links()).containsExactly("https://www.example.org/menu");
    }

    @Test
    void dropsWhatsappsOwnMediaLinksButKeepsTheMediaUrlField() throws Exception {
        ModuleRun.Result<WhatsappMessage> result = run(WhatsappFixtures.addTo(BackupBuilder.in(dir)), PEGASUS);

        WhatsappMessage photo = result.records().get(2);
        assertThat(photo.mediaUrl()).startsWith("https://mmg.whatsapp.net/");
        assertThat(photo.mediaLocalPath()).isEqualTo("Media/15550142/a.jpg");
        assertThat(photo.text()).isEmpty();
        assertThat(photo.links()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://mmg.whatsapp.net/v/t62/1.enc", "https://mmg-fna.whatsapp.net/d/f/A.enc",
            "https://media-cdg2-1.cdn.whatsapp.net/v/t62/2.enc", "https://pps.whatsapp.net/v/t61/3.jpg"})
    void treatsEveryWhatsappNetHostAsMedia(String link) {
        assertThat(WhatsappLinks.of("see " + link)).isEmpty();
    }

    @Test
    void keepsLinksThatOnlyLookLikeWhatsappMedia() {
        assertThat(WhatsappLinks.of("https://chat.whatsapp.com/Inv1te https://mmg.whatsapp.net.example.com/x"))
                .containsExactly("https://chat.whatsapp.com/Inv1te", "https://mmg.whatsapp.net.example.com/x");
    }

    @Test
    void raisesACriticalAlertForTheLinkToAnIndicatorDomainOnly() throws Exception {
        ModuleRun.Result<WhatsappMessage> result = run(WhatsappFixtures.addTo(BackupBuilder.in(dir)), PEGASUS);

        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(WhatsappFixtures.MESSAGE_ALERT_LEVELS);
        Alert alert = result.alerts().get(0);
        assertThat(alert.module()).isEqualTo("whatsapp");
        assertThat(alert.eventTime()).isEqualTo(T0.plusSeconds(1200));
        assertThat(alert.record()).isEqualTo(result.records().get(3));
        assertThat(alert.message()).contains("WhatsApp message from " + SAM_LID).contains(PLANTED_LINK)
                .contains("\"accountcanceled.com\"").contains("\"Pegasus\"");
        assertThat(result.urls()).containsExactly(
                new UrlRecord("https://www.example.org/menu", T0.plusSeconds(60), "whatsapp"),
                new UrlRecord(PLANTED_LINK, T0.plusSeconds(1200), "whatsapp"));
    }

    @Test
    void putsEveryMessageOnTheTimeline() throws Exception {
        ModuleRun.Result<WhatsappMessage> result = run(WhatsappFixtures.addTo(BackupBuilder.in(dir)),
                TestIndicators.none());

        assertThat(result.events()).hasSize(5).extracting(TimelineEvent::event).containsOnly("message");
        assertThat(result.events().get(0)).isEqualTo(new TimelineEvent(T0, "whatsapp", "message",
                "'Lunch tomorrow?' from " + ALEX));
        assertThat(result.events().get(1).description()).isEqualTo("'Sure, the menu is at "
                + "https://www.example.org/menu' sent to " + ALEX + " - Embedded links: https://www.example.org/menu");
    }

    @Test
    void readsAnOldSchemaWithoutMediaOrPreviewTables() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).database(WhatsappFiles.DOMAIN, "ChatStorage.sqlite",
                WhatsappFixtures.schema(WhatsappFixtures.CHAT_STORAGE_MINIMAL)
                        + "INSERT INTO ZWAMESSAGE (Z_PK, ZISFROMME, ZCHATSESSION, ZMESSAGEDATE, ZFROMJID, ZTEXT) "
                        + "VALUES (1, 0, 1, 647600400, '15550142@s.whatsapp.net', 'see www.example.com/a');");
        ModuleRun.Result<WhatsappMessage> result = run(builder, PEGASUS);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.alerts()).isEmpty();
        assertThat(result.records()).containsExactly(new WhatsappMessage(1, 1L, T0, null, false, ALEX, null, null,
                null, null, null, "see www.example.com/a", null, null, null, null, null, null, null, null,
                List.of("www.example.com/a")));
    }

    @Test
    void notesAbsenceWhenTheMessageTableIsMissing() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).database(WhatsappFiles.DOMAIN, "ChatStorage.sqlite",
                "CREATE TABLE ZWAPROFILEPUSHNAME (Z_PK INTEGER PRIMARY KEY, ZJID VARCHAR)");
        ModuleRun.Result<WhatsappMessage> result = run(builder, PEGASUS);

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(note -> assertThat(note.message()).contains("no ZWAMESSAGE table"));
    }

    @Test
    void findsTheDatabaseUnderAnyAppGroupFolder() {
        assertThat(new WhatsappModule().artifacts())
                .containsExactly("/private/var/mobile/Containers/Shared/AppGroup/*/ChatStorage.sqlite");
    }

    private static ModuleRun.Result<WhatsappMessage> run(BackupBuilder builder, Indicators indicators)
            throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new WhatsappModule(), source, indicators);
        }
    }
}
