package org.spyglass.ios.versionhistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.fs.FilesystemDumpSource;
import org.spyglass.ios.testing.DumpBuilder;

class IosVersionHistoryModuleTest {
    private static final String FOLDER = "/private/var/db/analyticsd/";
    private static final String FIRST = FOLDER + "Analytics-Journal-2021-07-01-000000.0001.ips";
    private static final String SECOND = FOLDER + "Analytics-Journal-2021-07-14-000000.0002.ips";

    @TempDir
    Path dir;

    private static String journal(String timestamp, String version) {
        return "{\"timestamp\":\"" + timestamp + "\",\"os_version\":\"" + version + "\",\"bug_type\":\"211\"}\n"
                + "{\"_marker\":\"<metadata>\",\"events\":[1,2,3]}\n";
    }

    @Test
    void readsTheVersionAndTimeOfEveryJournalHeaderInUtc() throws Exception {
        ModuleRun.Result<IosVersionRecord> result = run(DumpBuilder.in(dir.resolve("dump"))
                .file(FIRST, journal("2021-07-01 04:15:26.00 +0200", "iPhone OS 14.6 (18F72)"))
                .file(SECOND, journal("2021-07-14 09:00:00.5 -0700", "iPhone OS 14.7 (18G69)"))
                .file(FOLDER + "Other-Journal.ips", journal("2021-07-14 09:00:00.5 -0700", "x")));

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(
                new IosVersionRecord(Instant.parse("2021-07-01T02:15:26Z"), "iPhone OS 14.6 (18F72)", FIRST),
                new IosVersionRecord(Instant.parse("2021-07-14T16:00:00.500Z"), "iPhone OS 14.7 (18G69)", SECOND));
        assertThat(result.events().get(0)).isEqualTo(new TimelineEvent(Instant.parse("2021-07-01T02:15:26Z"),
                "ios_version_history", "ios_version", "Recorded iOS version: iPhone OS 14.6 (18F72)"));
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void warnsAboutAHeaderThatIsNotJsonOrHasNoDateAndReadsTheOthers() throws Exception {
        ModuleRun.Result<IosVersionRecord> result = run(DumpBuilder.in(dir.resolve("dump"))
                .file(FIRST, "\u0000\u0001 binary garbage\n")
                .file(FOLDER + "Analytics-Journal-b.ips", journal("last tuesday", "iPhone OS 14.6 (18F72)"))
                .file(SECOND, journal("2021-07-14 09:00:00.5 -0700", "iPhone OS 14.7 (18G69)")));

        assertThat(result.records()).extracting(IosVersionRecord::file).containsExactly(SECOND);
        assertThat(result.warnings()).extracting(warning -> warning.location()).containsExactly(FIRST,
                FOLDER + "Analytics-Journal-b.ips");
        assertThat(result.warnings().get(1).message()).contains("\"last tuesday\" is not a date");
    }

    @Test
    void notesAbsenceOfAHeaderWithoutAVersion() throws Exception {
        ModuleRun.Result<IosVersionRecord> result = run(DumpBuilder.in(dir.resolve("dump"))
                .file(FIRST, "{\"timestamp\":\"2021-07-01 04:15:26.00 +0200\"}\n"));

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).hasSize(1);
    }

    private static ModuleRun.Result<IosVersionRecord> run(DumpBuilder dump) throws Exception {
        try (FilesystemDumpSource source = FilesystemDumpSource.open(dump.build())) {
            return ModuleRun.run(new IosVersionHistoryModule(), source, TestIndicators.none());
        }
    }
}
