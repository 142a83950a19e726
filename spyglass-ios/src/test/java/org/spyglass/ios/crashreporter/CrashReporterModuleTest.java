package org.spyglass.ios.crashreporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.crashreporter.CrashReporterFixtures.plist;
import static org.spyglass.ios.crashreporter.CrashReporterFixtures.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestFolderSource;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class CrashReporterModuleTest {
    private static final String ROOT_PATH = CrashReporterModule.ROOT_PATH;

    @TempDir
    Path dir;

    @Test
    void readsTheKeysAndTheFileTimesFromTheBackupManifest() throws Exception {
        ModuleRun.Result<CrashReporterSettings> result = run(CrashReporterFixtures.addTo(BackupBuilder.in(dir)));

        assertThat(result.records()).hasSize(CrashReporterFixtures.RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new CrashReporterSettings(ROOT_PATH, false,
                Map.of("ShouldSubmit", false), BackupBuilder.MODIFIED, BackupBuilder.MODIFIED));
    }

    @Test
    void flagsCrashReportingTurnedOffAtTheTimeTheFileWasWritten() throws Exception {
        ModuleRun.Result<CrashReporterSettings> result = run(CrashReporterFixtures.addTo(BackupBuilder.in(dir)));

        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(CrashReporterFixtures.ALERT_LEVELS);
        Alert alert = result.alerts().get(0);
        assertThat(alert.heuristic().id()).isEqualTo("ios.crash_reporter.submission-off");
        assertThat(alert.eventTime()).isEqualTo(BackupBuilder.MODIFIED);
        assertThat(alert.message()).contains(ROOT_PATH).contains("ShouldSubmit = false");
    }

    @Test
    void raisesNothingWhenCrashReportingIsOnAsOnDeveloperDevices() throws Exception {
        ModuleRun.Result<CrashReporterSettings> result = run(BackupBuilder.in(dir).file("HomeDomain",
                CrashReporterFixtures.RELATIVE_PATH, plist(settings(true))));

        assertThat(result.records()).singleElement().satisfies(settings -> {
            assertThat(settings.path()).isEqualTo(CrashReporterModule.MOBILE_PATH);
            assertThat(settings.shouldSubmit()).isTrue();
        });
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void putsTheCreationOnTheTimeline() throws Exception {
        ModuleRun.Result<CrashReporterSettings> result = run(CrashReporterFixtures.addTo(BackupBuilder.in(dir)));

        assertThat(result.events()).containsExactly(new TimelineEvent(BackupBuilder.MODIFIED, "crash_reporter",
                "crash_reporter_created", ROOT_PATH + " created (ShouldSubmit = false)"));
    }

    @Test
    void usesTheModificationTimeOfAFilesystemDumpAndNoCreationTime() throws Exception {
        Path root = dir.resolve("fs");
        Path file = root.resolve(ROOT_PATH.substring(1));
        Files.createDirectories(file.getParent());
        Files.write(file, plist(settings(false)));
        Files.setLastModifiedTime(file, FileTime.from(BackupBuilder.MODIFIED));
        try (TestFolderSource source = new TestFolderSource(root)) {
            ModuleRun.Result<CrashReporterSettings> result = ModuleRun.run(new CrashReporterModule(), source,
                    TestIndicators.none());

            assertThat(result.records()).containsExactly(new CrashReporterSettings(ROOT_PATH, false,
                    Map.of("ShouldSubmit", false), null, BackupBuilder.MODIFIED));
            assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.MEDIUM);
            assertThat(result.alerts().get(0).eventTime()).isEqualTo(BackupBuilder.MODIFIED);
        }
    }

    private static ModuleRun.Result<CrashReporterSettings> run(BackupBuilder builder) throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new CrashReporterModule(), source, TestIndicators.none());
        }
    }
}
