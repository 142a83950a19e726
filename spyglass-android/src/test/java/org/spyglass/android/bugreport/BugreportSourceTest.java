package org.spyglass.android.bugreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.dumpsys.DeviceTimes;
import org.spyglass.android.testing.BugreportBuilder;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.source.EvidenceFile;

class BugreportSourceTest {
    @TempDir
    Path dir;

    private static String read(BugreportSource source, String path) throws IOException {
        try (InputStream in = source.open(source.file(path).orElseThrow())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void findsTheDumpstateThatMainEntryNamesInAZipAndHashesTheZipMembers() throws IOException {
        Path zip = BugreportBuilder.create().file("FS/data/misc/x.txt", "x").writeZip(dir, "bugreport.zip");
        try (BugreportSource source = BugreportSource.open(zip)) {
            assertThat(source.dumpstatePath()).isEqualTo(BugreportBuilder.MAIN);
            assertThat(read(source, BugreportSource.DUMPSTATE)).contains("SYSTEM PROPERTIES");
            assertThat(source.find("/FS/**")).extracting(EvidenceFile::devicePath).containsExactly("/FS/data/misc/x.txt");
            assertThat(source.hashes()).containsKey(zip.toRealPath() + "!/" + BugreportBuilder.MAIN)
                    .containsKey(zip.toRealPath().toString());
            assertThat(source.deviceInfo()).containsEntry("model", "sdk_phone")
                    .containsEntry(DumpstateFacts.TIME_ZONE, "Europe/Paris")
                    .containsEntry(DeviceTimes.TIME_BASIS, "device-local times converted to UTC with the device's "
                            + "time zone Europe/Paris");
            assertThat(source.warnings()).isEmpty();
        }
    }

    @Test
    void fallsBackToDumpStateLogThenDumpsysTxtThenBugreportTxt() throws IOException {
        Path folder = BugreportBuilder.create().withoutMainEntry().file("dumpState_1.log", "x")
                .file("androidqf/dumpsys.txt", "y").writeFolder(dir, "a");
        try (BugreportSource source = BugreportSource.open(folder)) {
            assertThat(source.dumpstatePath()).isEqualTo("dumpState_1.log");
        }
        Path second = BugreportBuilder.create().withoutMainEntry().file("androidqf/dumpsys.txt", "y")
                .writeFolder(dir, "b");
        try (BugreportSource source = BugreportSource.open(second)) {
            assertThat(source.dumpstatePath()).isEqualTo("androidqf/dumpsys.txt");
        }
        Path third = BugreportBuilder.create().withoutMainEntry().writeFolder(dir, "c");
        try (BugreportSource source = BugreportSource.open(third)) {
            assertThat(source.dumpstatePath()).isEqualTo(BugreportBuilder.MAIN);
        }
    }

    @Test
    void refusesAFileThatIsNotAZipWithAnInputError() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");

        assertThatThrownBy(() -> BugreportSource.open(text)).isInstanceOf(SpyglassException.class)
                .hasMessageContaining("is neither a folder nor a bugreport zip")
                .satisfies(e -> assertThat(((SpyglassException) e).exitCode()).isEqualTo(ExitCode.INPUT_ERROR));
    }

    @Test
    void refusesAFolderWithoutDumpstateText() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(folder.resolve("readme.txt"), "x");

        assertThatThrownBy(() -> BugreportSource.open(folder)).isInstanceOf(SpyglassException.class)
                .hasMessageContaining("does not look like a bugreport");
    }

    @Test
    void warnsWhenTheTimeZoneIsUnknown() throws IOException {
        Path folder = BugreportBuilder.create().property("persist.sys.timezone", "").writeFolder(dir, "tz");
        try (BugreportSource source = BugreportSource.open(folder)) {
            assertThat(source.warnings()).singleElement()
                    .satisfies(w -> assertThat(w.message()).contains("time zone is unknown"));
            assertThat(source.deviceInfo().get(DeviceTimes.TIME_BASIS)).startsWith("device-local times written as "
                    + "if they were UTC");
        }
    }
}
