package org.spyglass.ios.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestFolderSource;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.fs.FilesystemDumpSource;
import org.spyglass.ios.testing.DumpBuilder;

class FilesystemModuleTest {
    private static final Instant WHEN = Instant.parse("2021-07-14T02:15:26Z");
    private static final Indicators PEGASUS = TestIndicators.of()
            .add(IndicatorType.FILE_PATH, "/private/var/tmp/hooker", "Cytrox")
            .add(IndicatorType.FILE_PATH, "/private/var/tmp/l/", "Cytrox")
            .add(IndicatorType.FILE_NAME, "pl.core.lock", "Predator")
            .process("bh", "Pegasus")
            .process("com.apple.Mappit.SnapshotService", "Pegasus")
            .build();

    @TempDir
    Path dir;

    @Test
    void emitsEveryEntryWithItsAbsolutePathTypeTimeAndSize() throws Exception {
        ModuleRun.Result<FilesystemRecord> result = run(DumpBuilder.in(dir.resolve("dump"))
                .file("/private/var/mobile/notes.txt", "hello", WHEN), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).extracting(FilesystemRecord::path).containsExactly("/private",
                "/private/var", "/private/var/mobile", "/private/var/mobile/notes.txt");
        assertThat(result.records().get(3)).isEqualTo(new FilesystemRecord("/private/var/mobile/notes.txt", "file",
                WHEN, 5));
        assertThat(result.records().get(2).type()).isEqualTo("directory");
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void matchesAbsoluteFilePathIndicatorsOnComponentBoundariesWhicheverWayTheDumpSpellsVar() throws Exception {
        Path root = DumpBuilder.in(dir.resolve("dump")).file("/private/var/tmp/hooker", "x", WHEN)
                .file("/private/var/tmp/hookers", "x").build();
        Files.createDirectories(dir.resolve("other/var/tmp"));
        Files.writeString(dir.resolve("other/var/tmp/hooker"), "x");

        ModuleRun.Result<FilesystemRecord> result = run(root, PEGASUS);
        ModuleRun.Result<FilesystemRecord> varSpelled = run(dir.resolve("other"), PEGASUS);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.HIGH);
            assertThat(alert.message()).startsWith("Found a known spyware file path in the dump: "
                    + "/private/var/tmp/hooker ").contains("Cytrox");
            assertThat(alert.eventTime()).isEqualTo(WHEN);
        });
        assertThat(varSpelled.alerts()).extracting(Alert::message)
                .singleElement().asString().contains("/private/var/tmp/hooker");
    }

    @Test
    void alertsAMatchedFolderOnceAndNotEveryFileUnderIt() throws Exception {
        ModuleRun.Result<FilesystemRecord> result = run(DumpBuilder.in(dir.resolve("dump"))
                .file("/private/var/tmp/l/a", "1").file("/private/var/tmp/l/b", "2")
                .file("/private/var/tmp/l/c/d", "3"), PEGASUS);

        assertThat(result.alerts()).extracting(Alert::message).singleElement().asString()
                .startsWith("Found a known spyware file path in the dump: /private/var/tmp/l ");
    }

    @Test
    void matchesFileNameIndicatorsAnywhere() throws Exception {
        ModuleRun.Result<FilesystemRecord> result = run(DumpBuilder.in(dir.resolve("dump"))
                .file("/private/var/mobile/Library/pl.core.lock", "x"), PEGASUS);

        assertThat(result.alerts()).extracting(Alert::message).singleElement().asString()
                .contains("/private/var/mobile/Library/pl.core.lock").contains("Predator");
    }

    @Test
    void matchesAnEntryNamedExactlyLikeAProcessIndicatorButNotATruncatedName() throws Exception {
        ModuleRun.Result<FilesystemRecord> result = run(DumpBuilder.in(dir.resolve("dump"))
                .file("/private/var/db/bh/x", "x").file("/private/var/db/bhx", "x")
                .file("/private/var/mobile/com.apple.Mappit", "x"), PEGASUS);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.HIGH);
            assertThat(alert.message()).isEqualTo("Found a known spyware process name as a file or folder name in "
                    + "the dump: /private/var/db/bh matched indicator \"bh\" (same process name) from \"Pegasus\"");
        });
    }

    @Test
    void flagsEachItemInTheRoleaccountdStagingFolderWithoutIndicators() throws Exception {
        String staging = "/private/var/db/com.apple.xpc.roleaccountd.staging";
        ModuleRun.Result<FilesystemRecord> result = run(DumpBuilder.in(dir.resolve("dump"))
                .folder(staging, WHEN).file(staging + "/subridged", "x", WHEN)
                .file(staging + "/PlugIns/fud.appex/fud", "x"), TestIndicators.none());

        assertThat(result.alerts()).extracting(Alert::message).containsExactly(
                "The roleaccountd staging folder holds a directory: " + staging + "/PlugIns",
                "The roleaccountd staging folder holds a file: " + staging + "/subridged");
        assertThat(result.alerts()).allSatisfy(alert -> {
            assertThat(alert.level()).isEqualTo(Level.HIGH);
            assertThat(alert.heuristic().id()).isEqualTo("ios.filesystem.roleaccountd-staging");
        });
        assertThat(result.alerts().get(1).eventTime()).isEqualTo(WHEN);
    }

    @Test
    void flagsTheRoleaccountdLaunchFileWithoutIndicators() throws Exception {
        ModuleRun.Result<FilesystemRecord> result = run(DumpBuilder.in(dir.resolve("dump"))
                .file("/private/var/root/Library/LaunchDaemons/roleaccountd.plist", "x"), TestIndicators.none());

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.heuristic().id()).isEqualTo("ios.filesystem.roleaccountd-launch-file");
            assertThat(alert.message()).contains("/private/var/root/Library/LaunchDaemons/roleaccountd.plist");
        });
    }

    @Test
    void putsEveryEntryOnTheTimelineAtItsModificationTime() throws Exception {
        ModuleRun.Result<FilesystemRecord> result = run(DumpBuilder.in(dir.resolve("dump"))
                .file("/private/var/mobile/notes.txt", "hello", WHEN), TestIndicators.none());

        assertThat(result.events()).hasSize(4).contains(new TimelineEvent(WHEN, "filesystem", "entry_modified",
                "/private/var/mobile/notes.txt"));
    }

    @Test
    void notesAbsenceOnEvidenceThatIsNotADump() throws Exception {
        TestFolderSource.write(dir, "/private/var/x", "x");
        try (TestFolderSource source = new TestFolderSource(dir)) {
            ModuleRun.Result<FilesystemRecord> result = ModuleRun.run(new FilesystemModule(), source,
                    TestIndicators.none());
            assertThat(result.records()).isEmpty();
            assertThat(result.absences()).singleElement()
                    .satisfies(note -> assertThat(note.message()).contains("only a filesystem dump"));
        }
    }

    private ModuleRun.Result<FilesystemRecord> run(DumpBuilder dump, Indicators indicators) throws Exception {
        return run(dump.build(), indicators);
    }

    private static ModuleRun.Result<FilesystemRecord> run(Path root, Indicators indicators) throws Exception {
        try (FilesystemDumpSource source = FilesystemDumpSource.open(root)) {
            return ModuleRun.run(new FilesystemModule(), source, indicators);
        }
    }
}
