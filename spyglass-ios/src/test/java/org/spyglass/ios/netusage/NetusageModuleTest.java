package org.spyglass.ios.netusage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.testing.BackupBuilder.live;
import static org.spyglass.ios.testing.BackupBuilder.process;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.datausage.DataUsageRecord;
import org.spyglass.ios.fs.FilesystemDumpSource;
import org.spyglass.ios.testing.BackupBuilder;
import org.spyglass.ios.testing.DumpBuilder;

class NetusageModuleTest {
    private static final Instant FIRST = Instant.parse("2021-07-14T02:15:26Z");
    private static final Instant LIVE = Instant.parse("2021-07-14T02:16:10Z");
    private static final String OLD_PATH = "/private/var/networkd/netusage.sqlite";
    private static final String NEW_PATH = "/private/var/networkd/db/netusage.sqlite";
    private static final Indicators PEGASUS = TestIndicators.of().process("bh", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsBothPlacesNetworkdKeepsTheDatabase() throws Exception {
        ModuleRun.Result<DataUsageRecord> result = run(DumpBuilder.in(dir.resolve("dump"))
                .database(OLD_PATH, schema() + process(1, "Weather", "com.apple.weather", FIRST, FIRST))
                .database(NEW_PATH, schema() + process(1, "Mail", "com.apple.mobilemail", FIRST, FIRST)
                        + live(7, 1, LIVE, 1, 2, 3, 4)), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(2).contains(new DataUsageRecord(1L, "Mail", "com.apple.mobilemail",
                FIRST, FIRST, 7L, 1L, LIVE, 1.0, 2.0, 3.0, 4.0));
    }

    @Test
    void judgesRowsLikeDataUsageUnderItsOwnName() throws Exception {
        ModuleRun.Result<DataUsageRecord> result = run(DumpBuilder.in(dir.resolve("dump"))
                .database(NEW_PATH, schema() + process(1, "bh", null, FIRST, FIRST) + live(1, 1, LIVE, 0, 0, 5, 5)
                        + live(2, 4, LIVE, 0, 0, 9, 9)), PEGASUS);

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL, Level.HIGH);
        assertThat(result.alerts().get(0).message()).isEqualTo("Found a known spyware process name in "
                + "netusage.sqlite: \"bh\" matched indicator \"bh\" (same process name) from \"Pegasus\"");
        assertThat(result.alerts().get(0).module()).isEqualTo("netusage");
        Alert deleted = result.alerts().get(1);
        assertThat(deleted.heuristic().id()).isEqualTo("ios.netusage.deleted-process");
        assertThat(deleted.heuristic().explanation()).startsWith("netusage.sqlite records which processes");
        assertThat(deleted.message()).isEqualTo("netusage.sqlite usage row 2 points to process 4, whose row was "
                + "deleted");
        assertThat(result.events()).contains(new TimelineEvent(FIRST, "netusage", "first_usage",
                "First network usage recorded for bh"));
    }

    @Test
    void notesAbsenceWhenTheProcessTableIsMissing() throws Exception {
        ModuleRun.Result<DataUsageRecord> result = run(DumpBuilder.in(dir.resolve("dump"))
                .database(NEW_PATH, "CREATE TABLE other (x INTEGER);"), TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(note -> assertThat(note.message()).isEqualTo("netusage.sqlite has no ZPROCESS table, "
                        + "so nothing was read from it"));
    }

    private static String schema() {
        return BackupBuilder.schema(BackupBuilder.DATAUSAGE_IOS14);
    }

    private static ModuleRun.Result<DataUsageRecord> run(DumpBuilder dump, Indicators indicators) throws Exception {
        try (FilesystemDumpSource source = FilesystemDumpSource.open(dump.build())) {
            return ModuleRun.run(new NetusageModule(), source, indicators);
        }
    }
}
