package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.android.testing.AndroidqfBuilder.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spyglass.android.testing.AndroidqfBuilder;
import org.spyglass.android.testing.BugreportBuilder;
import org.spyglass.core.ExitCode;
import org.spyglass.core.Level;

/**
 * A synthetic AndroidQF acquisition, zipped with its one top folder as AndroidQF's users send it, holding traces
 * planted from the bundled feeds (a TheTruthSpy package and certificate, a Qustodio watchware package and a SpyHide
 * C2 domain as private DNS, from ECHAP; an Android property from Amnesty's 2023-03-29 Android campaign; an outdated
 * security patch; Play Protect turned off; a file in /data/local/tmp, su, /system_ext mounted read-write),
 * checked with {@code spyglass android check-androidqf} as a user would run it; the output folder is then read.
 */
class CheckAndroidqfCommandTest {
    @TempDir
    static Path dir;

    static Path evidence;
    static Path zip;
    static Path results;
    static CliRun run;
    static Map<String, String> before;
    static Set<String> scratchBefore;

    /** What one module must write: its record count and the levels of its alerts, in any order. */
    record Expected(String module, long records, List<Level> alerts) {
        @Override
        public String toString() {
            return module;
        }
    }

    /** A C2 domain of SpyHide in ECHAP's bundled {@code ioc.yaml} ({@code c2.domains}). */
    static final String STALKERWARE_C2 = "client.spyhide.com";
    static final long FILE_TIME = 1_680_000_000L;

    static Stream<Expected> expected() {
        return Stream.of(
                new Expected("aqf_packages", 4, List.of(Level.CRITICAL, Level.CRITICAL, Level.MEDIUM,
                        Level.MEDIUM)),
                new Expected("aqf_get_prop", 3, List.of(Level.CRITICAL, Level.MEDIUM)),
                new Expected("aqf_processes", 2, List.of(Level.CRITICAL)),
                new Expected("aqf_settings", 4, List.of(Level.MEDIUM, Level.CRITICAL)),
                new Expected("aqf_files", 2, List.of(Level.HIGH)),
                new Expected("root_binaries", 1, List.of(Level.HIGH)),
                new Expected("mounts", 2, List.of(Level.HIGH)),
                new Expected("aqf_log_timestamps", 1, List.of()),
                new Expected("dumpsys_activities", 1, List.of(Level.CRITICAL)),
                new Expected("dumpsys_platform_compat", 1, List.of(Level.CRITICAL)),
                new Expected("dumpsys_accessibility", 1, List.of(Level.CRITICAL, Level.MEDIUM)));
    }

    static AndroidqfBuilder acquisition() {
        return AndroidqfBuilder.create()
                .pkg(pkg(AndroidqfBuilder.STALKERWARE_PACKAGE, "com.android.vending", false, false, "",
                        AndroidqfBuilder.STALKERWARE_CERT_SHA1))
                .pkg(pkg(AndroidqfBuilder.WATCHWARE_PACKAGE, "com.android.vending", false, false, "", ""))
                .pkg(pkg("com.example.sideloaded", null, false, false, "", ""))
                .pkg(pkg("com.android.settings", null, true, false, "", ""))
                .getprop("persist.sys.timezone", "Europe/Berlin", "ro.build.version.security_patch",
                        "2022-08-05", AndroidqfBuilder.PROPERTY, "1")
                .ps(AndroidqfBuilder.PS_HEADER + AndroidqfBuilder.process("root", 1, "init")
                        + AndroidqfBuilder.process("u0_a99", 4242, AndroidqfBuilder.STALKERWARE_PACKAGE + ":remote"))
                .settings("global", "package_verifier_enable", "0", "adb_enabled", "1", "private_dns_specifier",
                        STALKERWARE_C2)
                .settings("secure", "accessibility_enabled", "0")
                .acquisition("2023-03-29T10:15:30+02:00")
                .files(AndroidqfBuilder.fileEntry("/system/bin/sh", FILE_TIME, null),
                        AndroidqfBuilder.fileEntry("/data/local/tmp/exploit", FILE_TIME, null))
                .rootBinaries("/system/xbin/su")
                .mounts("/dev/block/dm-0 on / type ext4 (ro,seclabel)",
                        "/dev/block/dm-2 on /system_ext type erofs (rw,seclabel)")
                .file("logs/dmesg.log", "boot\n")
                .dumpsys("package", "Activity Resolver Table:\n  Non-Data Actions:\n      android.intent.action.MAIN:\n"
                                + "        1a2b " + AndroidqfBuilder.STALKERWARE_PACKAGE + "/.Launcher filter 3c4d\n",
                        "platform_compat", "ChangeId(176926829; name=DOWNSCALE_90; disabled; rawOverrides={"
                                + AndroidqfBuilder.STALKERWARE_PACKAGE + "=true}; overridable)\n",
                        "accessibility", BugreportBuilder.accessibilityEnabled(
                                AndroidqfBuilder.STALKERWARE_PACKAGE + "/.AccessService"));
    }

    @BeforeAll
    static void checkTheAcquisition() throws Exception {
        evidence = dir.resolve("evidence");
        zip = acquisition().writeZip(evidence);
        before = EvidenceSnapshot.of(evidence);
        scratchBefore = ResultsFolder.scratchFolders();
        results = dir.resolve("results");
        run = CliRun.of("android", "check-androidqf", zip.toString(), "-o", results.toString());
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
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("com.thetruth").contains("TheTruthSpy"))
                .anySatisfy(m -> assertThat(m).contains("31a6ececd97cf39bc4126b8745cd94a7c30bf81c"))
                .anySatisfy(m -> assertThat(m).contains("com.qustodio.qustodioapp").contains("watchware"))
                .anySatisfy(m -> assertThat(m).contains("com.example.sideloaded").contains("adb"))
                .anySatisfy(m -> assertThat(m).contains(AndroidqfBuilder.PROPERTY).contains("MercenarySpywareCampaign"))
                .anySatisfy(m -> assertThat(m).contains("security patch level 2022-08-05"))
                .anySatisfy(m -> assertThat(m).contains("running: com.thetruth:remote (pid 4242)"))
                .anySatisfy(m -> assertThat(m).contains("package_verifier_enable = \"0\""))
                .anySatisfy(m -> assertThat(m).contains("private_dns_specifier").contains(STALKERWARE_C2))
                .anySatisfy(m -> assertThat(m).contains("/data/local/tmp/exploit"))
                .anySatisfy(m -> assertThat(m).contains("/system/xbin/su"))
                .anySatisfy(m -> assertThat(m).contains("/system_ext is mounted read-write"));
    }

    @Test
    void listsTheC2HostOfTheSettingsAndPutsFileAndLogTimesOnTheTimeline() throws IOException {
        assertThat(json("urls.json").findValuesAsText("url")).contains(STALKERWARE_C2);
        String timeline = Files.readString(results.resolve("timeline.csv"));
        assertThat(timeline).contains("\"aqf_files\",\"M.C.\",\"/data/local/tmp/exploit")
                .contains("\"aqf_log_timestamps\",\"M...\",\"/androidqf/logs/dmesg.log\"");
    }

    @Test
    void listsTheRunningProcesses() throws IOException {
        assertThat(json("processes.json").findValuesAsText("process")).contains("init", "com.thetruth:remote");
    }

    @Test
    void everyModuleWithFilesRanWithoutWarnings() throws IOException {
        for (JsonNode module : json("summary.json").get("modules")) {
            String name = module.get("name").asText();
            assertThat(module.get("status").asText()).as(name).isIn("RAN", "ABSENT");
            assertThat(module.get("warnings").asInt()).as(name).isZero();
        }
    }

    @Test
    void recordsTheDeviceTimeZoneAndTheArchiveMembersRead() throws IOException {
        assertThat(json("summary.json").toString()).contains("Europe/Berlin");
        assertThat(json("summary.json").findValue("time_basis").asText())
                .isEqualTo("device-local times converted to UTC with the device's time zone Europe/Berlin");
        assertThat(json("info.json").get("hashes").findValuesAsText("file_path"))
                .anySatisfy(path -> assertThat(path).endsWith("!/" + AndroidqfBuilder.TOP + "/packages.json"));
    }

    @Test
    void leavesTheEvidenceUntouchedAndNoScratchBehind() throws IOException {
        assertThat(EvidenceSnapshot.of(evidence)).isEqualTo(before);
        byte[] getprop = Files.readAllBytes(acquisition().writeFolder(dir.resolve("copy"))
                .resolve(AndroidqfBuilder.TOP + "/getprop.txt"));
        ResultsFolder.assertNoScratchLeftWith(scratchBefore, getprop);
    }

    @Test
    void readsTheSameAcquisitionAsAFolder() throws IOException {
        Path folder = acquisition().writeFolder(dir.resolve("folder"));

        CliRun again = CliRun.of("android", "check-androidqf", folder.toString(), "-o",
                dir.resolve("folder-results").toString());

        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(new ObjectMapper().readTree(dir.resolve("folder-results/aqf_packages.json").toFile())).hasSize(4);
    }

    @Test
    void refusesAFolderThatIsNotAnAcquisition() throws IOException {
        Path photos = Files.createDirectories(dir.resolve("photos/2021"));

        CliRun refused = CliRun.of("android", "check-androidqf", photos.getParent().toString(), "-o",
                dir.resolve("refused").toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INPUT_ERROR.code());
        assertThat(refused.err()).contains("does not look like an AndroidQF acquisition")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void listsTheAndroidqfModules() {
        CliRun listed = CliRun.of("android", "check-androidqf", "/nonexistent", "--list-modules");

        assertThat(listed.exitCode()).isEqualTo(ExitCode.COMPLETED.code());
        assertThat(listed.out()).contains("aqf_packages").doesNotContain("sms_attachments");
    }
}
