package org.spyglass.android.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.ab.AndroidBackupSource;
import org.spyglass.android.testing.AndroidBackupBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.UrlRecord;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class AndroidSmsModuleTest {
    private static final Instant WHEN = Instant.parse("2021-03-04T10:15:30Z");
    private static final Indicators PEGASUS = TestIndicators.of().domain("accountcanceled.com", "Pegasus").build();

    @TempDir
    Path dir;

    private ModuleRun.Result<AndroidSmsMessage> run(AndroidBackupBuilder builder) throws Exception {
        Path ab = builder.writeAb("backup.ab", AndroidBackupBuilder.Variant.COMPRESSED);
        try (AndroidBackupSource source = AndroidBackupSource.open(ab, header -> {
            throw new AssertionError("not encrypted");
        })) {
            return ModuleRun.run(new AndroidSmsModule(), source, PEGASUS);
        }
    }

    @Test
    void readsSmsAndMmsWithMmsSecondsAsRealDates() throws Exception {
        ModuleRun.Result<AndroidSmsMessage> result = run(AndroidBackupBuilder.in(dir)
                .sms(List.of(AndroidBackupBuilder.sms("+15550142", "Confirm https://x.accountcanceled.com/a",
                                WHEN.toEpochMilli(), WHEN.toEpochMilli() - 2000, 1),
                        AndroidBackupBuilder.sms("+15550142", "ok", WHEN.toEpochMilli() + 60_000, 0, 2)))
                .mms(List.of(AndroidBackupBuilder.mms("+15550199", "see www.example.com/p",
                        WHEN.getEpochSecond(), 1))));

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(3);
        AndroidSmsMessage first = result.records().stream().filter(m -> m.body().startsWith("Confirm")).findFirst()
                .orElseThrow();
        assertThat(first).isEqualTo(new AndroidSmsMessage("sms", "/" + AndroidBackupBuilder.SMS_MEMBER,
                "+15550142", "Confirm https://x.accountcanceled.com/a", WHEN, WHEN.minusSeconds(2), 1, true,
                AndroidSmsMessage.RECEIVED, List.of("https://x.accountcanceled.com/a")));
        assertThat(result.records()).filteredOn(m -> m.body().equals("ok")).singleElement()
                .satisfies(m -> assertThat(m.direction()).isEqualTo(AndroidSmsMessage.SENT));
        assertThat(result.records()).filteredOn(m -> m.kind().equals("mms")).singleElement().satisfies(m -> {
            assertThat(m.isodate()).isEqualTo(WHEN);
            assertThat(m.address()).isEqualTo("+15550199");
            assertThat(m.body()).isEqualTo("see www.example.com/p");
            assertThat(m.read()).isFalse();
        });
    }

    @Test
    void raisesACriticalAlertPerIndicatorLinkAndListsEveryLink() throws Exception {
        ModuleRun.Result<AndroidSmsMessage> result = run(AndroidBackupBuilder.in(dir)
                .sms(List.of(AndroidBackupBuilder.sms("+15550142", "Confirm https://x.accountcanceled.com/a",
                        WHEN.toEpochMilli(), 0, 1)))
                .mms(List.of(AndroidBackupBuilder.mms("+15550199", "see www.example.com/p",
                        WHEN.getEpochSecond(), 1))));

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.module()).isEqualTo("android_sms");
            assertThat(alert.eventTime()).isEqualTo(WHEN);
            assertThat(alert.message()).contains("https://x.accountcanceled.com/a").contains("from +15550142")
                    .contains("\"Pegasus\"");
        });
        assertThat(result.urls()).containsExactlyInAnyOrder(
                new UrlRecord("https://x.accountcanceled.com/a", WHEN, "sms"),
                new UrlRecord("www.example.com/p", WHEN, "sms"));
        assertThat(result.events()).extracting(TimelineEvent::event)
                .containsExactlyInAnyOrder("sms_received", "mms_received");
    }

    @Test
    void aMemberThatIsNotZlibJsonIsAWarning() throws Exception {
        ModuleRun.Result<AndroidSmsMessage> result = run(AndroidBackupBuilder.in(dir)
                .member(AndroidBackupBuilder.SMS_MEMBER, "plain".getBytes(StandardCharsets.UTF_8))
                .mms(List.of(AndroidBackupBuilder.mms("+15550199", "hi", WHEN.getEpochSecond(), 1))));

        assertThat(result.records()).hasSize(1);
        assertThat(result.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("cannot be inflated"));
    }
}
