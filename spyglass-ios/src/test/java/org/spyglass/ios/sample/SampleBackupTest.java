package org.spyglass.ios.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.backupinfo.BackupInfoModule;
import org.spyglass.ios.calendar.CalendarModule;
import org.spyglass.ios.calls.CallsModule;
import org.spyglass.ios.correlation.LookupProcessCorrelationModule;
import org.spyglass.ios.correlation.LookupThenProcess;
import org.spyglass.ios.crashreporter.CrashReporterModule;
import org.spyglass.ios.crashreporter.CrashReporterSettings;
import org.spyglass.ios.datausage.DataUsageModule;
import org.spyglass.ios.datausage.DataUsageRecord;
import org.spyglass.ios.idstatuscache.IdStatusCacheModule;
import org.spyglass.ios.preferences.GlobalPreferencesModule;
import org.spyglass.ios.safari.SafariHistoryModule;
import org.spyglass.ios.safari.SafariVisit;
import org.spyglass.ios.sms.SmsMessage;
import org.spyglass.ios.sms.SmsModule;
import org.spyglass.ios.tcc.TccModule;

class SampleBackupTest {
    /** The planted values, as they appear in the public Pegasus indicators. */
    private static final Indicators PEGASUS = TestIndicators.of().domain("accountcanceled.com", "Pegasus")
            .domain("free247downloads.com", "Pegasus").process("bh", "Pegasus").process("roleaccountd", "Pegasus")
            .add(IndicatorType.EMAIL, "linakeller2203@gmail.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void writesABackupInTheRealLayoutThatOpensAsABackup() throws Exception {
        Path backup = SampleBackup.write(dir);
        assertThat(backup).isEqualTo(dir.resolve(SampleBackup.UDID));
        assertThat(backup.resolve("Info.plist")).isRegularFile();
        assertThat(backup.resolve("Manifest.plist")).isRegularFile();
        assertThat(backup.resolve("Status.plist")).isRegularFile();
        assertThat(backup.resolve("3d/3d0d7e5fb2ce288813306e4d4636395e047a3d28")).isRegularFile();
        assertThat(backup.resolve("0d/0d609c54856a9bb2d56729df1d68f2958a88426b")).isRegularFile();
        assertThat(backup.resolve("1a/1a0e7afc19d307da602ccdcece51af33afe92c53")).isRegularFile();
        assertThat(backup.resolve("6b/6b97989189901ceaa4e5be9b7f05fb584120e27b")).isRegularFile();
        assertThat(backup.resolve("5c/5c5d55b29327a8b1bbcf63bf99c6a9faeca7448d")).isRegularFile();
        try (BackupSource source = BackupSource.open(dir)) {
            assertThat(source.deviceInfo()).containsEntry("device_name", "Sample iPhone")
                    .containsEntry("ios_version", "14.6").containsEntry("backup_date", "2021-11-25T18:30:00Z");
        }
    }

    static Stream<Arguments> modules() {
        return Stream.of(
                Arguments.of(new BackupInfoModule(), 1, List.of("MEDIUM ios.backup_info.outdated-ios")),
                Arguments.of(new SmsModule(), 7, List.of("CRITICAL indicator",
                        "HIGH ios.sms.apple-threat-notification")),
                Arguments.of(new SafariHistoryModule(), 5, List.of("MEDIUM ios.safari_history.network-injection",
                        "CRITICAL indicator")),
                Arguments.of(new IdStatusCacheModule(), 4, List.of("CRITICAL indicator")),
                Arguments.of(new DataUsageModule(), 6, List.of("CRITICAL indicator", "CRITICAL indicator",
                        "HIGH ios.datausage.deleted-process", "LOW ios.datausage.process-id-gap")),
                Arguments.of(new LookupProcessCorrelationModule(), 1,
                        List.of("HIGH ios.correlation.lookup-then-process")),
                Arguments.of(new CrashReporterModule(), 1, List.of("MEDIUM ios.crash_reporter.submission-off")),
                Arguments.of(new CallsModule(), 3, List.of()),
                Arguments.of(new CalendarModule(), 3, List.of()),
                Arguments.of(new TccModule(), 5, List.of()),
                Arguments.of(new GlobalPreferencesModule(), 2, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void eachArtifactGivesItsRecordsAndExactlyThePlantedAlertsWithoutWarnings(ArtifactModule<?> module, int records,
                                                                             List<String> alerts) throws Exception {
        try (BackupSource source = BackupSource.open(SampleBackup.write(dir))) {
            ModuleRun.Result<?> result = ModuleRun.run(module, source, PEGASUS);
            assertThat(result.warnings()).isEmpty();
            assertThat(result.absences()).isEmpty();
            assertThat(result.records()).hasSize(records);
            assertThat(result.alerts()).map(SampleBackupTest::describe).containsExactlyInAnyOrderElementsOf(alerts);
        }
    }

    @Test
    void plantsOnePegasusLinkAndOneAppleThreatNotificationInTheMessages() throws Exception {
        try (BackupSource source = BackupSource.open(SampleBackup.write(dir))) {
            ModuleRun.Result<SmsMessage> sms = ModuleRun.run(new SmsModule(), source, PEGASUS);
            assertThat(sms.alerts().get(0).message()).contains(SampleBackup.PEGASUS_DOMAIN);
            assertThat(sms.records()).anySatisfy(message -> assertThat(message.handleId()).isZero());
        }
    }

    @Test
    void plantsAnHttpVisitRedirectedInThreeMillisecondsToTheInjectionServer() throws Exception {
        try (BackupSource source = BackupSource.open(SampleBackup.write(dir))) {
            ModuleRun.Result<SafariVisit> safari = ModuleRun.run(new SafariHistoryModule(), source, PEGASUS);
            assertThat(safari.records()).filteredOn(visit -> visit.redirectDestination() != null).singleElement()
                    .satisfies(visit -> {
                        assertThat(visit.url()).isEqualTo("http://example.com/");
                        assertThat(visit.redirectDestinationUrl()).isEqualTo(SampleBackup.INJECTION_URL);
                    });
            assertThat(safari.alerts()).map(Alert::message).anySatisfy(message -> assertThat(message)
                    .contains("after 3.0 ms")).anySatisfy(message -> assertThat(message)
                    .contains(SampleBackup.INJECTION_URL));
        }
    }

    @Test
    void plantsBh95SecondsAfterTheAttackerLookupAndRoleaccountdOutsideTheWindow() throws Exception {
        try (BackupSource source = BackupSource.open(SampleBackup.write(dir))) {
            ModuleRun.Result<LookupThenProcess> pairs = ModuleRun.run(new LookupProcessCorrelationModule(), source,
                    PEGASUS);
            assertThat(pairs.records()).singleElement().satisfies(pair -> {
                assertThat(pair.user()).isEqualTo("mailto:" + SampleBackup.ATTACKER_EMAIL);
                assertThat(pair.procName()).isEqualTo("bh");
                assertThat(pair.secondsAfter()).isEqualTo(95);
            });
            ModuleRun.Result<DataUsageRecord> usage = ModuleRun.run(new DataUsageModule(), source, PEGASUS);
            assertThat(usage.records()).filteredOn(row -> "bh".equals(row.procName())).singleElement()
                    .extracting(DataUsageRecord::firstIsodate).isEqualTo(Instant.parse("2021-07-14T02:15:26Z"));
        }
    }

    @Test
    void plantsTheCrashReporterPlistOnTheDayOfTheAttack() throws Exception {
        try (BackupSource source = BackupSource.open(SampleBackup.write(dir))) {
            ModuleRun.Result<CrashReporterSettings> crash = ModuleRun.run(new CrashReporterModule(), source,
                    PEGASUS);
            assertThat(crash.records()).singleElement().satisfies(settings -> {
                assertThat(settings.path()).isEqualTo(CrashReporterModule.ROOT_PATH);
                assertThat(settings.shouldSubmit()).isFalse();
                assertThat(settings.created()).isEqualTo(Instant.parse("2021-07-14T02:16:02Z"));
            });
        }
    }

    @Test
    void writesTheSameBytesEveryTime() throws Exception {
        Map<String, String> first = digests(SampleBackup.write(dir.resolve("one")));
        Map<String, String> second = digests(SampleBackup.write(dir.resolve("two")));
        assertThat(second).isEqualTo(first);
    }

    private static String describe(Alert alert) {
        return alert.level() + " " + (alert.heuristic() == null ? "indicator" : alert.heuristic().id());
    }

    private static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(root.relativize(file).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return digests;
    }
}
