package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spyglass.android.testing.BugreportBuilder;
import org.spyglass.android.testing.Tombstones;
import org.spyglass.core.ExitCode;
import org.spyglass.core.Level;

/**
 * A synthetic bugreport zip with traces planted from the bundled feeds (an ECHAP stalkerware package providing an
 * enabled accessibility service, a property of the 2023 Android campaign), checked with
 * {@code spyglass android check-bugreport} as a user would run it; the output folder is then read file by file.
 */
class CheckBugreportCommandTest {
    /** A TheTruthSpy package of the bundled ECHAP stalkerware list. */
    static final String STALKERWARE = "com.thetruth";
    /** A property of investigations/2023-03-29_android_campaign. */
    static final String PROPERTY = "sys.brand.note";

    /** A process of the bundled Pegasus indicators (investigations/2021-07-18_nso). */
    static final String PEGASUS_PROCESS = "fservernetd";
    static final String ADB_KEY = Base64.getEncoder().encodeToString("laptop key".getBytes(StandardCharsets.UTF_8));
    static final Tombstones PEGASUS_CRASH = new Tombstones("google/sdk_phone/emu:14/UP1A/1:user/release-keys",
            "2024-02-28 23:50:00.250+0100", 4444, 4444, 0, List.of("/data/local/tmp/" + PEGASUS_PROCESS),
            PEGASUS_PROCESS, 11, "SIGSEGV", null);
    static final Tombstones SYSTEM_CRASH = new Tombstones("google/sdk_phone/emu:14/UP1A/1:user/release-keys",
            "2024-02-29 08:00:00+0100", 1234, 1240, 1000, List.of("/system/bin/surfaceflinger"), "binder:1234_2", 6,
            "SIGABRT", "fatal");

    @TempDir
    static Path dir;

    static Path evidence;
    static Path results;
    static CliRun run;
    static Map<String, String> before;
    static Set<String> scratchBefore;
    static String dumpstate;

    record Expected(String module, long records, List<Level> alerts) {
        @Override
        public String toString() {
            return module;
        }
    }

    static Stream<Expected> expected() {
        return Stream.of(new Expected("dumpsys_accessibility", 2, List.of(Level.CRITICAL, Level.MEDIUM)),
                new Expected("dumpsys_getprop", 5, List.of(Level.CRITICAL, Level.MEDIUM)),
                new Expected("dumpsys_appops", 2, List.of(Level.CRITICAL, Level.MEDIUM)),
                new Expected("dumpsys_packages", 1, List.of(Level.CRITICAL)),
                new Expected("dumpsys_receivers", 1, List.of(Level.CRITICAL)),
                new Expected("dumpsys_battery_daily", 1, List.of(Level.CRITICAL)),
                new Expected("dumpsys_activities", 1, List.of(Level.CRITICAL)),
                new Expected("dumpsys_platform_compat", 1, List.of(Level.CRITICAL)),
                new Expected("dbinfo", 1, List.of(Level.CRITICAL)),
                new Expected("dumpsys_battery_history", 1, List.of(Level.CRITICAL)),
                new Expected("dumpsys_adb_state", 2, List.of()),
                new Expected("tombstones", 2, List.of(Level.CRITICAL, Level.MEDIUM, Level.MEDIUM)),
                new Expected("bugreport_timestamps", 2, List.of()));
    }

    @BeforeAll
    static void checkTheBugreport() throws Exception {
        evidence = dir.resolve("evidence");
        BugreportBuilder builder = BugreportBuilder.create().property(PROPERTY, "1")
                .property("ro.build.version.security_patch", "2019-01-05")
                .service("accessibility", BugreportBuilder.accessibilityEnabled(
                        "com.google.android.marvin.talkback/com.android.talkback.TalkBackService",
                        STALKERWARE + "/" + STALKERWARE + ".Access"))
                .service("appops", "Current AppOps Service state:\n  Uid u0a190:\n    Package " + STALKERWARE
                        + ":\n      REQUEST_INSTALL_PACKAGES (allow):\n        Access: [fg-s] 2024-02-28 22:41:07.512 "
                        + "(-3d11h)\n      CAMERA (allow):\n")
                .service("package", "Packages:\n  Package [" + STALKERWARE + "] (5e6f):\n    userId=10190\n"
                        + "    versionName=3.1\n    firstInstallTime=2024-02-28 22:40:01\n\n"
                        + "Receiver Resolver Table:\n  Non-Data Actions:\n      android.provider.Telephony.SMS_RECEIVED:\n"
                        + "        9c0d " + STALKERWARE + "/.SmsReceiver filter 1e2f\n\n"
                        + "Activity Resolver Table:\n  Non-Data Actions:\n      android.intent.action.MAIN:\n"
                        + "        1a2b " + STALKERWARE + "/.Launcher filter 3c4d\n")
                .service("platform_compat", "ChangeId(176926829; name=DOWNSCALE_90; disabled; rawOverrides={"
                        + STALKERWARE + "=true}; overridable)\n")
                .service("dbinfo", "** Database info for pid 4321 [" + STALKERWARE + "] **\n\nConnection pool for "
                        + "/data/user/0/" + STALKERWARE + "/databases/calls.db:\n  Most recently executed operations:\n"
                        + "    0: [2024-02-28 22:45:00.000] executeForCursorWindow took 2ms - succeeded, "
                        + "sql=\"SELECT * FROM calls\"\n")
                .service("adb", BugreportBuilder.adbState(ADB_KEY + " alice@laptop")
                        + BugreportBuilder.adbKeystore(ADB_KEY + " alice@laptop", 1_709_160_000_000L))
                .file("FS/data/tombstones/tombstone_00", PEGASUS_CRASH.text(),
                        LocalDateTime.parse("2024-02-28T23:50:02"))
                .file("FS/data/tombstones/tombstone_01.pb", SYSTEM_CRASH.protobuf())
                .service("batterystats", "Battery History (1% used, 5KB used of 4096KB):\n"
                        + "                    0 (15) RESET:TIME: 2024-02-28-22-00-00\n"
                        + "           +1s002ms (2) 100 +job=u0a190:\"" + STALKERWARE + "/.SyncJob\"\n\n"
                        + "  Daily stats:\n    Daily from 2024-02-28-01-00-00 to 2024-02-29-01-00-00:\n"
                        + "      Update " + STALKERWARE + " vers=42\n");
        builder.writeZip(evidence, "bugreport-sdk_phone-2024-03-02.zip");
        dumpstate = builder.dumpstate();
        before = EvidenceSnapshot.of(evidence);
        scratchBefore = ResultsFolder.scratchFolders();
        results = dir.resolve("results");
        run = CliRun.of("android", "check-bugreport", evidence.resolve("bugreport-sdk_phone-2024-03-02.zip")
                .toString(), "-o", results.toString());
    }

    private static JsonNode json(String file) throws IOException {
        return ResultsFolder.json(results, file);
    }

    @ParameterizedTest
    @MethodSource("expected")
    void writesEachModulesRecordsAndAlerts(Expected expected) throws IOException {
        ResultsFolder.assertRecordsAndAlerts(results, expected.module(), expected.records(), expected.alerts());
    }

    @Test
    void exitsWithTheAlertsCodeAndASignsOfCompromiseVerdict() throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(json("summary.json").at("/verdict/code").asText()).isEqualTo("SIGNS_OF_COMPROMISE");
    }

    @Test
    void namesEachPlantedTraceInTheAlerts() throws IOException {
        List<String> messages = json("alerts.json").findValuesAsText("message");
        assertThat(messages).anySatisfy(m -> assertThat(m).contains(STALKERWARE + "/").contains("TheTruthSpy"))
                .anySatisfy(m -> assertThat(m).contains(PROPERTY + " = \"1\""))
                .anySatisfy(m -> assertThat(m).contains("security patch level 2019-01-05 is"));
    }

    @Test
    void recordsTheDeviceFactsAndHashesTheZipAndItsDumpstate() throws IOException {
        assertThat(json("summary.json").toString()).contains("sdk_phone").contains("Europe/Paris");
        assertThat(json("info.json").get("hashes").findValuesAsText("file_path"))
                .anySatisfy(path -> assertThat(path).endsWith(".zip!/" + BugreportBuilder.MAIN))
                .anySatisfy(path -> assertThat(path).endsWith("bugreport-sdk_phone-2024-03-02.zip"));
    }

    @Test
    void everySavedRecordReadsBackIntoItsRecordClassAsWritten() throws IOException {
        ResultsFolder.assertRecordsReadBackExactly(results);
    }

    @Test
    void writesExactlyTheExpectedFiles() throws IOException {
        Set<String> written;
        try (Stream<Path> files = Files.list(results)) {
            written = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertThat(written).containsExactlyInAnyOrder("alerts.json", "alerts_timeline.csv", "command.log", "report.html",
                "info.json", "summary.json", "dumpsys_accessibility.json", "dumpsys_accessibility_detected.json", "dumpsys_getprop.json",
                "dumpsys_getprop_detected.json", "dumpsys_appops.json", "dumpsys_appops_detected.json",
                "dumpsys_packages.json", "dumpsys_packages_detected.json", "dumpsys_receivers.json",
                "dumpsys_receivers_detected.json", "dumpsys_battery_daily.json", "dumpsys_battery_daily_detected.json",
                "timeline.csv", "dumpsys_activities.json", "dumpsys_activities_detected.json",
                "dumpsys_platform_compat.json", "dumpsys_platform_compat_detected.json", "dbinfo.json",
                "dbinfo_detected.json", "dumpsys_battery_history.json", "dumpsys_battery_history_detected.json",
                "dumpsys_adb_state.json", "tombstones.json", "tombstones_detected.json",
                "bugreport_timestamps.json", "processes.json", "alerts.stix2.json", "alerts.misp.json");
    }

    @Test
    void everyModuleRanWithoutWarnings() throws IOException {
        for (JsonNode module : json("summary.json").get("modules")) {
            assertThat(module.get("status").asText()).as(module.get("name").asText()).isEqualTo("RAN");
            assertThat(module.get("warnings").asInt()).as(module.get("name").asText()).isZero();
        }
    }

    @Test
    void putsAppOperationsOnTheTimelineInUtc() throws IOException {
        List<String> lines = Files.readAllLines(results.resolve("timeline.csv"), StandardCharsets.UTF_8);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("2024-02-28 21:41:07.512")
                .contains("dumpsys_appops").contains(STALKERWARE));
    }

    @Test
    void putsTheCrashesJobsDatabaseOperationsAndFileTimesOnTheTimelineInUtc() throws IOException {
        List<String> lines = Files.readAllLines(results.resolve("timeline.csv"), StandardCharsets.UTF_8);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("2024-02-28 22:50:00.250")
                        .contains("tombstones").contains(PEGASUS_PROCESS))
                .anySatisfy(line -> assertThat(line).contains("2024-02-28 21:00:01.002")
                        .contains("dumpsys_battery_history"))
                .anySatisfy(line -> assertThat(line).contains("2024-02-28 21:45:00").contains("dbinfo"))
                .anySatisfy(line -> assertThat(line).contains("2024-02-28 22:50:02").contains("bugreport_timestamps"));
        assertThat(json("alerts.json").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("crash of a known malicious process").contains("Pegasus"));
    }

    @Test
    void leavesTheEvidenceUntouchedAndNoScratchBehind() throws IOException {
        assertThat(EvidenceSnapshot.of(evidence)).isEqualTo(before);
        byte[] text = dumpstate.getBytes(StandardCharsets.UTF_8);
        ResultsFolder.assertNoScratchLeftWith(scratchBefore, text);
    }

    @Test
    void refusesAFileThatIsNotAZip() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a bugreport");

        CliRun refused = CliRun.of("android", "check-bugreport", text.toString(), "-o",
                dir.resolve("refused").toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(refused.err()).contains("is neither a folder nor a bugreport zip")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
