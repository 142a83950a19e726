package org.spyglass.android.timestamps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.android.bugreport.BugreportSource;
import org.spyglass.android.testing.BugreportBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class BugreportTimestampsModuleTest {
    @TempDir
    Path dir;

    private static BugreportBuilder bugreport() {
        return BugreportBuilder.create()
                .file("FS/data/tombstones/tombstone_00", "crash", LocalDateTime.parse("2024-03-01T23:59:58"))
                .file("FS/data/local/tmp/implant", "x", LocalDateTime.parse("2024-02-29T08:30:00"))
                .file("version.txt", "2.0", LocalDateTime.parse("2024-03-02T10:15:30"));
    }

    private ModuleRun.Result<BugreportFileTime> run(Path evidence, Indicators indicators) throws Exception {
        try (BugreportSource source = BugreportSource.open(evidence)) {
            return ModuleRun.run(new BugreportTimestampsModule(), source, indicators);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void readsTheWallClockTimeOfEachPhoneFileFromAZipOrAFolder(boolean zip) throws Exception {
        Path evidence = zip ? bugreport().writeZip(dir, "bugreport.zip") : bugreport().writeFolder(dir, "bugreport");

        ModuleRun.Result<BugreportFileTime> result = run(evidence, TestIndicators.none());

        assertThat(result.records()).containsExactly(
                new BugreportFileTime("/FS/data/local/tmp/implant", "/data/local/tmp/implant",
                        "2024-02-29T08:30", Instant.parse("2024-02-29T07:30:00Z"), true),
                new BugreportFileTime("/FS/data/tombstones/tombstone_00", "/data/tombstones/tombstone_00",
                        "2024-03-01T23:59:58", Instant.parse("2024-03-01T22:59:58Z"), true));
        assertThat(result.events()).extracting(TimelineEvent::event).containsOnly("M---");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void matchesThePhonePathsAgainstFilePathIndicators() throws Exception {
        ModuleRun.Result<BugreportFileTime> result = run(bugreport().writeZip(dir, "bugreport.zip"),
                TestIndicators.of().add(IndicatorType.FILE_PATH, "/data/local/tmp/implant", "Test campaign").build());

        assertThat(result.alerts()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(Level.CRITICAL);
            assertThat(a.eventTime()).isEqualTo(Instant.parse("2024-02-29T07:30:00Z"));
        });
    }

    @Test
    void keepsTheLocalTimeWhenTheTimeZoneIsUnknown() throws Exception {
        ModuleRun.Result<BugreportFileTime> result = run(bugreport().property("persist.sys.timezone", "")
                .writeZip(dir, "bugreport.zip"), TestIndicators.none());

        assertThat(result.records()).allSatisfy(f -> assertThat(f.timeInUtc()).isFalse());
        assertThat(result.events()).extracting(TimelineEvent::timestamp).first()
                .isEqualTo(Instant.parse("2024-02-29T08:30:00Z"));
    }
}
