package org.spyglass.ios.sysdiagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.testing.ArchiveBuilder;
import org.spyglass.ios.testing.SysdiagnoseBuilder;

class SysdiagnoseSourceTest {
    private static final String SHUTDOWN = "SIGTERM: [1709374530]\n";

    @TempDir
    Path dir;

    private static SysdiagnoseBuilder sample() {
        return SysdiagnoseBuilder.create().shutdownLog(SHUTDOWN).file("system_logs.logarchive/Extra/shutdown.0.log",
                SHUTDOWN).ps("USER PID COMMAND\n").crashReport("a.ips", "{}\n");
    }

    @Test
    void namesEachFileUnderSysdiagnoseAndTheShutdownLogsAlsoByTheirDevicePaths() throws IOException {
        try (SysdiagnoseSource source = SysdiagnoseSource.open(sample().writeTarGz(dir))) {
            assertThat(source.kind()).isEqualTo(SourceKind.IOS_SYSDIAGNOSE);
            assertThat(source.find("/sysdiagnose/**")).extracting(EvidenceFile::devicePath).contains(
                    "/sysdiagnose/ps.txt", "/sysdiagnose/crashes_and_spins/a.ips",
                    "/sysdiagnose/system_logs.logarchive/Extra/shutdown.log");
            assertThat(source.find("/private/var/db/diagnostics/shutdown*.log")).extracting(EvidenceFile::devicePath)
                    .containsExactly("/private/var/db/diagnostics/shutdown.0.log",
                            "/private/var/db/diagnostics/shutdown.log");
            assertThat(read(source, "/private/var/db/diagnostics/shutdown.log")).isEqualTo(SHUTDOWN);
            assertThat(read(source, "/sysdiagnose/ps.txt")).isEqualTo("USER PID COMMAND\n");
            assertThat(source.file("/private/var/db/diagnostics/other.log")).isEmpty();
            assertThat(source.file("/sysdiagnose/../../etc/passwd")).isEmpty();
        }
    }

    @Test
    void takesTheDeviceTimeZoneFromTheName() throws IOException {
        try (SysdiagnoseSource source = SysdiagnoseSource.open(sample().writeTarGz(dir))) {
            assertThat(source.deviceInfo()).containsEntry("time_zone", "UTC+01:00")
                    .containsEntry("sysdiagnose_date", "2024-03-02T11:15:30+01:00")
                    .containsEntry("build_version", "21D61")
                    .containsEntry("sysdiagnose_name", SysdiagnoseBuilder.NAME + ".tar.gz");
            assertThat(source.warnings()).isEmpty();
        }
    }

    @Test
    void readsAnExtractedFolderOrTheFolderAboveIt() throws IOException {
        Path top = sample().writeFolder(dir);
        for (Path given : List.of(top, dir)) {
            try (SysdiagnoseSource source = SysdiagnoseSource.open(given)) {
                assertThat(source.root()).isEqualTo(given.toRealPath());
                assertThat(read(source, "/private/var/db/diagnostics/shutdown.0.log")).isEqualTo(SHUTDOWN);
                assertThat(source.deviceInfo()).containsEntry("time_zone", "UTC+01:00");
            }
        }
    }

    @Test
    void readsAnArchiveWithoutTopLevelFolderAndWarnsThatTheTimeZoneIsUnknown() throws IOException {
        Path archive = ArchiveBuilder.create().file("ps.txt", "USER PID COMMAND\n")
                .file(SysdiagnoseBuilder.SHUTDOWN_LOG, SHUTDOWN).writeZip(dir.resolve("from-a-friend.zip"));

        try (SysdiagnoseSource source = SysdiagnoseSource.open(archive)) {
            assertThat(read(source, "/private/var/db/diagnostics/shutdown.log")).isEqualTo(SHUTDOWN);
            assertThat(source.deviceInfo()).doesNotContainKey("time_zone");
            assertThat(source.warnings()).singleElement().satisfies(w -> {
                assertThat(w.module()).isEqualTo("evidence");
                assertThat(w.message()).contains("time zone is unknown");
            });
        }
    }

    @Test
    void takesTheTimeZoneFromSysdiagnoseLogWhenTheArchiveWasRenamed() throws IOException {
        Path archive = ArchiveBuilder.create().file("ps.txt", "USER PID COMMAND\n").file("sysdiagnose.log", """
                Sat Mar  2 11:15:30 2024: Starting sysdiagnose
                Sat Mar  2 11:17:02 2024: Output: /private/var/mobile/Library/Logs/CrashReporter/DiagnosticLogs/\
                sysdiagnose/sysdiagnose_2024.03.02_11-15-30-0500_iPhone-OS_iPhone_21D61.tar.gz
                """).writeZip(dir.resolve("from-a-friend.zip"));

        try (SysdiagnoseSource source = SysdiagnoseSource.open(archive)) {
            assertThat(source.deviceInfo()).containsEntry("time_zone", "UTC-05:00")
                    .containsEntry("time_zone_from", "sysdiagnose.log").containsEntry("build_version", "21D61");
            assertThat(source.warnings()).isEmpty();
            assertThat(source.hashes()).containsKey(archive.toRealPath() + "!/sysdiagnose.log");
        }
    }

    @Test
    void warnsWhenNeitherTheNameNorSysdiagnoseLogGivesTheTimeZone() throws IOException {
        Path archive = ArchiveBuilder.create().file("sysdiagnose.log", "Starting sysdiagnose\n")
                .writeZip(dir.resolve("from-a-friend.zip"));

        try (SysdiagnoseSource source = SysdiagnoseSource.open(archive)) {
            assertThat(source.deviceInfo()).doesNotContainKey("time_zone");
            assertThat(source.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                    .contains("time zone is unknown").contains("sysdiagnose.log"));
        }
    }

    @Test
    void refusesHostileMembersWithAWarningAndKeepsTheRest() throws IOException {
        Path archive = sample().rawMember("../../escaped.txt", "pwned").rawMember("/tmp/absolute.txt", "pwned")
                .writeTarGz(dir);

        try (SysdiagnoseSource source = SysdiagnoseSource.open(archive)) {
            assertThat(read(source, "/sysdiagnose/ps.txt")).isEqualTo("USER PID COMMAND\n");
            assertThat(source.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                    .startsWith("2 members were not extracted").contains("\"../../escaped.txt\""));
        }
        assertThat(dir.getParent().resolve("escaped.txt")).doesNotExist();
        assertThat(Path.of("/tmp/absolute.txt")).doesNotExist();
    }

    @Test
    void hashesTheArchiveWholeAndNamesTheMembersReadInsideIt() throws IOException {
        Path archive = sample().writeTarGz(dir);
        Path scratch;
        try (SysdiagnoseSource source = SysdiagnoseSource.open(archive)) {
            read(source, "/sysdiagnose/ps.txt");
            scratch = source.scratch();
            assertThat(source.hashes()).containsOnlyKeys(archive.toRealPath().toString(),
                    archive.toRealPath() + "!/" + SysdiagnoseBuilder.NAME + "/ps.txt");
        }
        assertThat(scratch).doesNotExist();
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.map(Path::toString)).noneMatch(p -> p.equals(scratch.toString()));
        }
    }

    @Test
    void refusesWhatIsNoSysdiagnoseInOneSentence() throws IOException {
        Path text = Files.writeString(dir.resolve("sysdiagnose.tar.gz"), "not an archive");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path other = ArchiveBuilder.create().file("photos/1.jpg", "x").writeTarGz(dir.resolve("photos.tar.gz"));

        for (Path given : List.of(text, empty, other, dir.resolve("missing"))) {
            assertThatThrownBy(() -> SysdiagnoseSource.open(given)).isInstanceOf(SpyglassException.class)
                    .satisfies(e -> assertThat(((SpyglassException) e).exitCode()).isEqualTo(ExitCode.INPUT_ERROR))
                    .hasMessageContaining("sysdiagnose");
        }
    }

    private static String read(SysdiagnoseSource source, String devicePath) throws IOException {
        EvidenceFile file = source.file(devicePath).orElseThrow();
        try (InputStream in = source.open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
