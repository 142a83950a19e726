package org.spyglass.android.adbstate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.testing.AndroidqfBuilder;
import org.spyglass.android.bugreport.BugreportSource;
import org.spyglass.android.testing.BugreportBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class AdbStateModuleTest {
    static final String KEY_A = Base64.getEncoder()
            .encodeToString("laptop public key".getBytes(StandardCharsets.UTF_8));
    static final String KEY_B = Base64.getEncoder().encodeToString("desktop key".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private ModuleRun.Result<AdbKey> run(BugreportBuilder builder) throws Exception {
        try (BugreportSource source = BugreportSource.open(builder.writeFolder(dir, "bugreport"))) {
            return ModuleRun.run(new AdbStateModule(), source, TestIndicators.none());
        }
    }

    @Test
    void readsEachAuthorisedKeyWithItsUserAndFingerprint() throws Exception {
        ModuleRun.Result<AdbKey> result = run(BugreportBuilder.create()
                .service("adb", BugreportBuilder.adbState(KEY_A + " alice@laptop", KEY_B + " bob@desktop",
                        "not*base64 eve@box")
                        + BugreportBuilder.adbKeystore(KEY_A + " alice@laptop", 1_709_370_000_000L)));

        assertThat(result.records()).extracting(AdbKey::origin)
                .containsExactly("user_keys", "user_keys", "user_keys", "keystore");
        String md5 = HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("MD5")
                .digest("laptop public key".getBytes(StandardCharsets.UTF_8)));
        assertThat(result.records().get(0)).isEqualTo(new AdbKey("user_keys", KEY_A, "alice@laptop", md5, null,
                null, null, BugreportSource.DUMPSTATE));
        assertThat(result.records().get(3).lastConnection()).isEqualTo(Instant.ofEpochMilli(1_709_370_000_000L));
        assertThat(result.events()).singleElement().extracting(TimelineEvent::description).asString()
                .contains(md5).contains("alice@laptop");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void flagsAKeyThatIsNotBase64() throws Exception {
        ModuleRun.Result<AdbKey> result = run(BugreportBuilder.create()
                .service("adb", BugreportBuilder.adbState(KEY_A + " alice@laptop", "not*base64 eve@box")));

        assertThat(result.alerts()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(Level.LOW);
            assertThat(a.heuristic()).isEqualTo(AdbStateModule.INVALID_KEY);
            assertThat(a.message()).contains("eve@box");
        });
    }

    @Test
    void warnsOnABinaryKeystoreAndOnACutSection() throws Exception {
        ModuleRun.Result<AdbKey> result = run(BugreportBuilder.create().raw("DUMP OF SERVICE adb:\n"
                + BugreportBuilder.adbState(KEY_A + " alice@laptop") + "    keystore=ABX\u0000\u0001\n"));

        assertThat(result.records()).hasSize(1);
        assertThat(result.warnings()).extracting(w -> w.message()).anySatisfy(m -> assertThat(m).contains("ABX"))
                .anySatisfy(m -> assertThat(m).contains("section ends unfinished"));
        assertThat(result.alerts()).extracting(Alert::level).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            adb_host_key.pub, acquiring|other, other-computer
            acquisition.json, acquiring|other, other-computer
            none, unknown|unknown, acquiring-key-unknown
            """)
    void comparesEachKeyWithTheAcquiringComputersInAnAndroidqfAcquisition(String holder, String computers,
                                                                           String heuristic) throws Exception {
        AndroidqfBuilder acquisition = AndroidqfBuilder.create().getprop("persist.sys.timezone", "Europe/Paris")
                .dumpsys("adb", BugreportBuilder.adbState(KEY_A + " alice@laptop", KEY_B + " bob@desktop"));
        if (holder.equals("adb_host_key.pub")) {
            acquisition.file(holder, KEY_A + " alice@laptop\n");
        } else if (holder.equals("acquisition.json")) {
            acquisition.file(holder, "{\"started\": \"2024-03-02T10:00:00Z\", \"adb_host_public_key\": \""
                    + KEY_A + " alice@laptop\"}");
        }
        try (AndroidqfSource source = AndroidqfSource.open(acquisition.writeFolder(dir))) {
            ModuleRun.Result<AdbKey> result = ModuleRun.run(new AdbStateModule(), source, TestIndicators.none());

            assertThat(result.records()).extracting(AdbKey::computer).containsExactly(computers.split("\\|"));
            assertThat(result.alerts()).singleElement().satisfies(a -> {
                assertThat(a.level()).isEqualTo(Level.LOW);
                assertThat(a.heuristic().id()).isEqualTo("android.dumpsys_adb_state." + heuristic);
            });
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024-03-01T09:59:59Z, true
            2024-03-01T10:00:00Z, false
            2024-03-02T09:00:00Z, false
            """)
    void notesTheAcquiringComputerLastConnectedOverADayBeforeTheAcquisition(String lastConnection, boolean noted)
            throws Exception {
        AndroidqfBuilder acquisition = AndroidqfBuilder.create()
                .file("acquisition.json", "{\"started\": \"2024-03-02T10:00:00Z\", \"adb_host_public_key\": \""
                        + KEY_A + " alice@laptop\"}")
                .dumpsys("adb", BugreportBuilder.adbState(KEY_A + " alice@laptop")
                        + BugreportBuilder.adbKeystore(KEY_A + " alice@laptop",
                        Instant.parse(lastConnection).toEpochMilli()));
        try (AndroidqfSource source = AndroidqfSource.open(acquisition.writeFolder(dir))) {
            ModuleRun.Result<AdbKey> result = ModuleRun.run(new AdbStateModule(), source, TestIndicators.none());

            assertThat(result.records()).extracting(AdbKey::acquired)
                    .containsOnly(Instant.parse("2024-03-02T10:00:00Z"));
            if (noted) {
                assertThat(result.alerts()).singleElement().satisfies(a -> {
                    assertThat(a.level()).isEqualTo(Level.INFORMATIONAL);
                    assertThat(a.heuristic()).isEqualTo(AdbStateModule.ACQUIRING_KEY_STALE);
                    assertThat(a.message()).contains("2024-03-01 09:59:59").contains("2024-03-02 10:00:00");
                });
            } else {
                assertThat(result.alerts()).isEmpty();
            }
        }
    }

    @Test
    void makesNoLastConnectionCheckWithoutTheAcquisitionTime() throws Exception {
        AndroidqfBuilder acquisition = AndroidqfBuilder.create().file("adb_host_key.pub", KEY_A + " alice@laptop\n")
                .dumpsys("adb", BugreportBuilder.adbState(KEY_A + " alice@laptop")
                        + BugreportBuilder.adbKeystore(KEY_A + " alice@laptop", 1_000_000_000_000L));
        try (AndroidqfSource source = AndroidqfSource.open(acquisition.writeFolder(dir))) {
            ModuleRun.Result<AdbKey> result = ModuleRun.run(new AdbStateModule(), source, TestIndicators.none());

            assertThat(result.records()).extracting(AdbKey::acquired).containsOnlyNulls();
            assertThat(result.alerts()).isEmpty();
        }
    }
}
