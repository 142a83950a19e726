package org.spyglass.ios.crashwipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spyglass.core.Level;
import org.spyglass.core.module.Alert;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.fs.FilesystemDumpSource;
import org.spyglass.ios.safari.SafariFixtures;
import org.spyglass.ios.testing.DumpBuilder;

class CrashWipeModuleTest {
    private static final Instant INJECTION = Instant.parse("2021-07-14T02:00:00.125Z");
    private static final String HISTORY = "/private/var/mobile/Library/Safari/History.db";
    private static final String CRASH = "/private/var/mobile/Library/Logs/CrashReporter";

    @TempDir
    Path dir;

    @Test
    void raisesAHighAlertWhenTheFolderWasEmptiedSecondsAfterTheInjection() throws Exception {
        ModuleRun.Result<InjectionThenCrashFolder> result = run(dump(INJECTION.plusSeconds(7)));

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new InjectionThenCrashFolder(INJECTION, "http://yahoo.fr/",
                SafariFixtures.PLANTED_HISTORY_URL, HISTORY, CRASH, Instant.parse("2021-07-14T02:00:07.125Z"), 7, 0,
                null));
        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.HIGH);
        Alert alert = result.alerts().get(0);
        assertThat(alert.heuristic().id()).isEqualTo("ios.injection_crash_wipe.crash-logs-emptied");
        assertThat(alert.heuristic().explanation()).contains("Pegasus deleted them").contains("does not prove");
        assertThat(alert.eventTime()).isEqualTo(INJECTION);
        assertThat(alert.message()).isEqualTo("Safari visit to http://yahoo.fr/ at 2021-07-14T02:00:00.125Z was "
                + "redirected to " + SafariFixtures.PLANTED_HISTORY_URL + " in under a second (" + HISTORY + "); "
                + CRASH + " was last modified 7 seconds later, at 2021-07-14T02:00:07.125Z, and is empty");
    }

    @ParameterizedTest(name = "folder modified {0} s after, oldest report {1} s after: alert {2}")
    @CsvSource({"0, , true", "60, , true", "30, 10, true", "61, , false", "-5, , false", "30, -86400, false",
            "600, 300, false"})
    void alertsOnlyForAFolderChangedWithinAMinuteHoldingNothingOlder(long folderAfter, Long oldestAfter,
                                                                    boolean alert) throws Exception {
        Instant visit = INJECTION.truncatedTo(ChronoUnit.SECONDS);
        DumpBuilder builder = DumpBuilder.in(dir.resolve("dump"));
        if (oldestAfter != null) {
            builder.file(CRASH + "/Retired/ExcUserFault_MobileSafari-2021-07-14-020000.ips", "{}",
                    visit.plusSeconds(oldestAfter));
            builder.folder(CRASH + "/Retired", visit.plusSeconds(oldestAfter));
        }
        SafariFixtures.injection(builder, HISTORY, INJECTION);
        builder.folder(CRASH, visit.plusSeconds(folderAfter));

        ModuleRun.Result<InjectionThenCrashFolder> result = run(builder);

        assertThat(result.records()).singleElement().satisfies(record -> assertThat(record.files())
                .isEqualTo(oldestAfter == null ? 0 : 1));
        assertThat(result.alerts()).hasSize(alert ? 1 : 0);
    }

    @Test
    void emitsNothingWithoutAnInjectionPatternVisit() throws Exception {
        DumpBuilder builder = DumpBuilder.in(dir.resolve("dump")).folder(CRASH, INJECTION);
        builder.database(HISTORY, "CREATE TABLE history_items (id INTEGER PRIMARY KEY, url TEXT);"
                + "CREATE TABLE history_visits (id INTEGER PRIMARY KEY, history_item INTEGER, visit_time REAL);"
                + "INSERT INTO history_items VALUES (1, 'http://yahoo.fr/');"
                + "INSERT INTO history_visits VALUES (1, 1, 647920800.0);");

        ModuleRun.Result<InjectionThenCrashFolder> result = run(builder);

        assertThat(result.records()).isEmpty();
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void notesAbsenceWithoutACrashReporterFolder() throws Exception {
        ModuleRun.Result<InjectionThenCrashFolder> result = run(SafariFixtures.injection(
                DumpBuilder.in(dir.resolve("dump")), HISTORY, INJECTION));

        assertThat(result.records()).isEmpty();
        assertThat(result.absences()).singleElement().satisfies(note -> assertThat(note.message())
                .startsWith("the dump holds no CrashReporter folder"));
    }

    @Test
    void notesAbsenceForAnArchiveWhoseFolderTimesAreThoseOfTheExtraction() throws Exception {
        Path root = dump(INJECTION.plusSeconds(7)).build();
        Path archive = dir.resolve("dump.tar");
        DumpBuilder.archive(root, "").writeTar(archive);

        try (FilesystemDumpSource source = FilesystemDumpSource.open(archive)) {
            ModuleRun.Result<InjectionThenCrashFolder> result = ModuleRun.run(new CrashWipeModule(), source,
                    TestIndicators.none());

            assertThat(result.records()).isEmpty();
            assertThat(result.alerts()).isEmpty();
            assertThat(result.absences()).singleElement().satisfies(note -> assertThat(note.message())
                    .startsWith("the dump is an archive"));
        }
    }

    private DumpBuilder dump(Instant folderModified) {
        DumpBuilder builder = DumpBuilder.in(dir.resolve("dump"));
        SafariFixtures.injection(builder, HISTORY, INJECTION);
        return builder.folder(CRASH, folderModified);
    }

    private static ModuleRun.Result<InjectionThenCrashFolder> run(DumpBuilder dump) throws Exception {
        try (FilesystemDumpSource source = FilesystemDumpSource.open(dump.build())) {
            return ModuleRun.run(new CrashWipeModule(), source, TestIndicators.none());
        }
    }
}
