package org.spyglass.android.androidqf.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.testing.AndroidqfBuilder;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class LogTimestampsModuleTest {
    private static final Instant WHEN = Instant.parse("2023-03-28T22:01:02Z");

    @TempDir
    Path dir;

    @Test
    void putsEachLogFilesModificationTimeOnTheTimeline() throws Exception {
        Path folder = AndroidqfBuilder.create().getprop("a", "b").file("logs/dmesg.log", "x")
                .file("logs/radio/radio.log", "y").file("logs.txt", "not a log folder").writeFolder(dir);
        Path top = folder.resolve(AndroidqfBuilder.TOP);
        Files.setLastModifiedTime(top.resolve("logs/dmesg.log"), FileTime.from(WHEN));
        Files.setLastModifiedTime(top.resolve("logs/radio/radio.log"), FileTime.from(WHEN.plusSeconds(5)));

        ModuleRun.Result<LogFile> result;
        try (AndroidqfSource source = AndroidqfSource.open(folder)) {
            result = ModuleRun.run(new LogTimestampsModule(), source, TestIndicators.none());
        }

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new LogFile("/androidqf/logs/dmesg.log", WHEN),
                new LogFile("/androidqf/logs/radio/radio.log", WHEN.plusSeconds(5)));
        assertThat(result.events()).extracting(TimelineEvent::event, TimelineEvent::description).containsExactly(
                tuple("M...", "/androidqf/logs/dmesg.log"),
                tuple("M...", "/androidqf/logs/radio/radio.log"));
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void isAbsentWithoutALogsFolder() throws Exception {
        ModuleRun.Result<LogFile> result;
        try (AndroidqfSource source = AndroidqfSource.open(AndroidqfBuilder.create().getprop("a", "b")
                .writeFolder(dir))) {
            result = ModuleRun.run(new LogTimestampsModule(), source, TestIndicators.none());
        }

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }
}
