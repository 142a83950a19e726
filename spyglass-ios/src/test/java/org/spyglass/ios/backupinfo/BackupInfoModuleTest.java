package org.spyglass.ios.backupinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spyglass.core.Level;
import org.spyglass.core.module.Alert;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class BackupInfoModuleTest {
    @TempDir
    Path dir;

    @Test
    void emitsOneRecordWithEveryInfoPlistFieldAndTheModelName() throws Exception {
        ModuleRun.Result<BackupInfoRecord> result = run(BackupInfoFixtures.addTo(BackupBuilder.in(dir))
                .application("com.example.notes", Map.of("softwareVersionBundleId", "com.example.notes")));

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new BackupInfoRecord("18D70", "Example iPhone",
                "Example iPhone", "0A1B2C3D4E5F60718293A4B5C6D7E8F9", "8901000000000000017", "000000000000017",
                null, List.of("com.example.notes"), BackupInfoFixtures.BACKUP_DATE, "+1 555 0117", "iPhone OS",
                "iPhone12,1", "iPhone 11", "14.4.2", "EXAMPLE00017", "00000000000000000000000000000000000000aa",
                "Device", "00000000000000000000000000000000000000AA", "12.11.3.17"));
        assertThat(result.events()).isEmpty();
    }

    @Test
    void fixtureRaisesTheAlertItDocuments() throws Exception {
        ModuleRun.Result<BackupInfoRecord> result = run(BackupInfoFixtures.addTo(BackupBuilder.in(dir)));

        assertThat(result.records()).hasSize(BackupInfoFixtures.RECORDS);
        assertThat(result.alerts()).hasSize(BackupInfoFixtures.ALERTS).allSatisfy(alert -> {
            assertThat(alert.level()).isEqualTo(BackupInfoFixtures.ALERT_LEVEL);
            assertThat(alert.heuristic().id()).isEqualTo(BackupInfoFixtures.HEURISTIC);
        });
    }

    @Test
    void saysWhichNewerReleaseMadeTheVersionOutdatedAndSinceWhen() throws Exception {
        ModuleRun.Result<BackupInfoRecord> result = run(version("iPhone12,1", "14.6", "2021-09-18T09:00:00Z"));

        Alert alert = result.alerts().get(0);
        assertThat(result.alerts()).hasSize(1);
        assertThat(alert.message()).isEqualTo("iOS 14.6 was outdated at the backup date 2021-09-18: 14.8 had "
                + "been released on 2021-09-13; updates had been available since 14.7 on 2021-07-19, 61 days "
                + "before the backup");
        assertThat(alert.level()).isEqualTo(Level.LOW);
        assertThat(alert.heuristic().explanation()).contains("not a sign of infection");
        assertThat(alert.eventTime()).isEqualTo(Instant.parse("2021-09-18T09:00:00Z"));
    }

    @Test
    void raisesMediumWhenUpdatesWereMissedForNinetyDaysOrMore() throws Exception {
        ModuleRun.Result<BackupInfoRecord> result = run(version("iPhone12,1", "14.4", "2021-09-18T09:00:00Z"));

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.MEDIUM);
            assertThat(alert.heuristic().id()).isEqualTo("ios.backup_info.outdated-ios");
            assertThat(alert.message()).contains("since 14.4.1 on 2021-03-08, 194 days before the backup");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "iPhone12,1 | 14.8   | 2021-09-18T09:00:00Z | current on the backup date",
        "iPhone12,1 | 26.2   | 2025-12-20T09:00:00Z | the newest release known",
        "iPhone18,3 | 26.4   | 2026-04-20T09:00:00Z | newer than every release the table knows",
        "iPhone9,1  | 15.8.4 | 2025-06-01T09:00:00Z | the last line an iPhone 7 runs",
        "iPhone12,1 | 14.6   | 2021-05-30T09:00:00Z | current on the backup date"})
    void neverCallsOutdatedAVersionThatWasNot(String model, String version, String date, String why)
            throws Exception {
        assertThat(run(version(model, version, date)).alerts()).as(why).isEmpty();
    }

    @Test
    void comparesNumericallySoNineIsOlderThanFourteen() throws Exception {
        ModuleRun.Result<BackupInfoRecord> result = run(version("iPhone4,1", "9.3.5", "2021-09-18T09:00:00Z"));

        assertThat(result.alerts()).singleElement().satisfies(alert -> assertThat(alert.message())
                .startsWith("iOS 9.3.5 was outdated at the backup date 2021-09-18: 14.8 had been released on "
                        + "2021-09-13"));
    }

    @Test
    void judgesAnOldModelOnlyAgainstTheReleasesItCanRun() throws Exception {
        ModuleRun.Result<BackupInfoRecord> result = run(version("iPhone9,1", "15.8.2", "2025-06-01T09:00:00Z"));

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.message()).isEqualTo("iOS 15.8.2 was outdated at the backup date 2025-06-01: 15.8.4 "
                    + "had been released on 2025-03-31; updates had been available since 15.8.3 on 2024-07-29, "
                    + "307 days before the backup (15.8.4 is the newest line an iPhone 7 can run)");
            assertThat(alert.level()).isEqualTo(Level.MEDIUM);
        });
    }

    @Test
    void warnsOfAKeyOfTheWrongTypeAndLeavesItOut() throws Exception {
        ModuleRun.Result<BackupInfoRecord> result = run(BackupBuilder.in(dir).info("Last Backup Date", "yesterday"));

        assertThat(result.records()).singleElement().satisfies(record -> {
            assertThat(record.lastBackupDate()).isNull();
            assertThat(record.productVersion()).isEqualTo("14.8");
        });
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.location()).endsWith("Info.plist: Last Backup Date");
            assertThat(warning.message()).contains("expected a date");
        });
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void notesAbsenceWhenTheBackupHasNoInfoPlist() throws Exception {
        Path backup = BackupBuilder.in(dir).build();
        Files.delete(backup.resolve("Info.plist"));
        try (BackupSource source = BackupSource.open(backup)) {
            ModuleRun.Result<BackupInfoRecord> result = ModuleRun.run(new BackupInfoModule(), source,
                    TestIndicators.none());
            assertThat(result.records()).isEmpty();
            assertThat(result.warnings()).isEmpty();
            assertThat(result.absences()).singleElement()
                    .satisfies(note -> assertThat(note.message()).contains("no Info.plist"));
        }
    }

    private BackupBuilder version(String model, String version, String date) {
        return BackupBuilder.in(dir).info("Product Type", model).info("Product Version", version)
                .info("Last Backup Date", Instant.parse(date));
    }

    private ModuleRun.Result<BackupInfoRecord> run(BackupBuilder builder) throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new BackupInfoModule(), source, TestIndicators.none());
        }
    }
}
