package org.spyglass.android.androidqf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.testing.AndroidqfBuilder;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.source.EvidenceFile;

class AndroidqfSourceTest {
    @TempDir
    Path dir;

    private static AndroidqfBuilder acquisition() {
        return AndroidqfBuilder.create().getprop("persist.sys.timezone", "Europe/Paris",
                "ro.build.version.security_patch", "2023-01-05").ps(AndroidqfBuilder.PS_HEADER)
                .file("logs/last.log", "x").acquisition("2023-03-29T10:15:30.5+02:00");
    }

    @Test
    void namesFilesByTheirPathInsideTheOneTopFolder() throws Exception {
        try (AndroidqfSource source = AndroidqfSource.open(acquisition().writeFolder(dir))) {
            assertThat(source.find("/androidqf/*.txt")).extracting(EvidenceFile::devicePath)
                    .containsExactly("/androidqf/getprop.txt", "/androidqf/ps.txt");
            assertThat(source.file("/androidqf/logs/last.log")).isPresent();
            assertThat(source.file("/androidqf/missing.txt")).isEmpty();
            assertThat(source.root()).isEqualTo(dir.toRealPath());
        }
    }

    @Test
    void readsAZipAndNamesItsHashesArchiveBangMember() throws Exception {
        Path zip = acquisition().writeZip(dir.resolve("in"));
        try (AndroidqfSource source = AndroidqfSource.open(zip)) {
            try (var in = source.open(source.file("/androidqf/ps.txt").orElseThrow())) {
                in.readAllBytes();
            }
            assertThat(source.hashes().keySet()).anySatisfy(k -> assertThat(k).endsWith("!/"
                    + AndroidqfBuilder.TOP + "/ps.txt"));
        }
    }

    @Test
    void exposesTheTimeZoneAndTheAcquisitionTimeInUtc() throws Exception {
        try (AndroidqfSource source = AndroidqfSource.open(acquisition().writeFolder(dir))) {
            assertThat(source.deviceInfo()).containsEntry("time_zone", "Europe/Paris")
                    .containsEntry("security_patch", "2023-01-05")
                    .containsEntry("acquisition_started", "2023-03-29T08:15:30.500Z")
                    .containsEntry("acquisition_started_from", "acquisition.json")
                    .containsEntry("time_basis", "device-local times converted to UTC with the device's time zone "
                            + "Europe/Paris");
        }
    }

    @Test
    void namesTheHostPathOfANestedFileAtTheTopOnly() throws Exception {
        try (AndroidqfSource source = AndroidqfSource.open(acquisition().file("bugreport.zip", "zip")
                .file("logs/backup.ab", "ab").writeZip(dir))) {
            assertThat(source.nested("bugreport.zip")).hasValueSatisfying(path -> assertThat(path).hasContent("zip"));
            assertThat(source.nested("backup.ab")).isEmpty();
            assertThat(source.nested("logs/backup.ab")).isEmpty();
        }
    }

    @Test
    void namesTheHostPathOfANestedFolderHoldingFiles() throws Exception {
        try (AndroidqfSource source = AndroidqfSource.open(acquisition().file("intrusion_logs.txt", "x")
                .file("intrusion_logs/2026-05-04.txt", "{}").writeFolder(dir))) {
            assertThat(source.nested("intrusion_logs")).hasValueSatisfying(path -> assertThat(path).isDirectory()
                    .hasFileName("intrusion_logs"));
            assertThat(source.nested("nowhere")).isEmpty();
        }
    }

    @Test
    void saysTimesStayDeviceLocalWhenTheTimeZoneIsUnknownOrNoZone() throws Exception {
        try (AndroidqfSource none = AndroidqfSource.open(AndroidqfBuilder.create().getprop("a", "b")
                .writeFolder(dir.resolve("none")));
             AndroidqfSource bad = AndroidqfSource.open(AndroidqfBuilder.create()
                     .getprop("persist.sys.timezone", "Mars/Olympus").writeFolder(dir.resolve("bad")))) {
            assertThat(none.deviceInfo().get("time_basis")).startsWith("device-local times written as if they "
                    + "were UTC").contains("unknown");
            assertThat(bad.deviceInfo().get("time_basis")).contains("\"Mars/Olympus\" is not a zone id");
        }
    }

    @Test
    void refusesAFolderThatIsNoAcquisition() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "x");

        assertThatThrownBy(() -> AndroidqfSource.open(dir)).isInstanceOfSatisfying(SpyglassException.class,
                e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
                    assertThat(e.getMessage()).contains("does not look like an AndroidQF acquisition");
                });
    }

    @Test
    void refusesAFileThatIsNoArchive() throws Exception {
        Path file = Files.writeString(dir.resolve("packages.json"), "[]");

        assertThatThrownBy(() -> AndroidqfSource.open(file)).isInstanceOf(SpyglassException.class)
                .hasMessageContaining("neither a folder nor a zip");
    }
}
