package org.spyglass.android.receivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.bugreport.BugreportSource;
import org.spyglass.android.testing.BugreportBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class ReceiversModuleTest {
    static final String PACKAGE = """
            Activity Resolver Table:
              Non-Data Actions:
                  android.intent.action.MAIN:
                    1a2b com.example/.Main filter 3c4d

            Receiver Resolver Table:
              Schemes:
                  package:
                    5e6f com.other/.PackageReceiver filter 7a8b
              Non-Data Actions:
                  android.provider.Telephony.SMS_RECEIVED:
                    9c0d com.thetruth/.SmsReceiver filter 1e2f
                      Action: "android.provider.Telephony.SMS_RECEIVED"
                    3a4b com.google.android.apps.messaging/.SmsReceiver filter 5c6d
                android.intent.action.PHONE_STATE:
                    7e8f com.thetruth/.CallReceiver filter 9a0b
              MIME Typed Actions:
                  vnd.x:
                    1c2d com.mime/.Receiver filter 3e4f

            Service Resolver Table:
              Non-Data Actions:
                  android.x.ACTION:
                    5a6b com.service/.S filter 7c8d
            """;

    @TempDir
    Path dir;

    private ModuleRun.Result<Receiver> run(Indicators indicators) throws Exception {
        try (BugreportSource source = BugreportSource.open(BugreportBuilder.create().service("package", PACKAGE)
                .writeFolder(dir, "bugreport"))) {
            return ModuleRun.run(new ReceiversModule(), source, indicators);
        }
    }

    @Test
    void readsTheNonDataActionsOfTheReceiverTableOnly() throws Exception {
        ModuleRun.Result<Receiver> result = run(TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(
                new Receiver("android.provider.Telephony.SMS_RECEIVED", "com.thetruth", ".SmsReceiver",
                        BugreportSource.DUMPSTATE),
                new Receiver("android.provider.Telephony.SMS_RECEIVED", "com.google.android.apps.messaging",
                        ".SmsReceiver", BugreportSource.DUMPSTATE),
                new Receiver("android.intent.action.PHONE_STATE", "com.thetruth", ".CallReceiver",
                        BugreportSource.DUMPSTATE));
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void matchesEachReceiversPackage() throws Exception {
        ModuleRun.Result<Receiver> result = run(TestIndicators.of()
                .add(IndicatorType.APP_ID, "com.thetruth", "TheTruthSpy", "stalkerware").build());

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL, Level.CRITICAL);
        assertThat(result.alerts().get(0).message()).contains("receiving android.provider.Telephony.SMS_RECEIVED: "
                + "com.thetruth/.SmsReceiver");
    }
}
