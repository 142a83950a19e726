package org.spyglass.ios.processbinaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.testing.BackupBuilder.process;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.module.Alert;
import org.spyglass.core.testing.CollectingCheckContext;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.fs.FilesystemDumpSource;
import org.spyglass.ios.testing.BackupBuilder;
import org.spyglass.ios.testing.DumpBuilder;

class ProcessBinariesModuleTest {
    private static final Instant DAY = Instant.parse("2021-07-01T00:00:00Z");
    private static final String DATAUSAGE = ProcessBinariesFixtures.DATAUSAGE;
    private static final String NETUSAGE = ProcessBinariesFixtures.NETUSAGE;

    @TempDir
    Path dir;

    @Test
    void looksForEveryProcessWithoutBundleIdOfBothDatabases() throws Exception {
        ModuleRun.Result<ProcessBinary> result = run(ProcessBinariesFixtures.addTo(dump()));

        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).isEmpty();
        assertThat(result.records()).extracting(ProcessBinary::procName).containsExactly("roleaccountd", "apsd",
                "mDNSResponder", "com.apple.WebKit", "bh");
        assertThat(result.records().get(2)).isEqualTo(new ProcessBinary(DATAUSAGE, 2, "mDNSResponder", DAY, DAY,
                "/usr/sbin/mDNSResponder"));
        assertThat(result.records().get(4)).isEqualTo(new ProcessBinary(DATAUSAGE, 5, "bh",
                ProcessBinariesFixtures.BH_FIRST, ProcessBinariesFixtures.BH_FIRST.plusSeconds(600), null));
    }

    @Test
    void raisesOneMediumAlertPerProcessWhoseNameNoFileBears() throws Exception {
        ModuleRun.Result<ProcessBinary> result = run(ProcessBinariesFixtures.addTo(dump()));

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.MEDIUM, Level.MEDIUM);
        assertThat(result.alerts().get(0).message()).startsWith("Process \"roleaccountd\" (no bundle id, row 1 "
                + "of " + NETUSAGE);
        Alert bh = result.alerts().get(1);
        assertThat(bh.heuristic().id()).isEqualTo("ios.process_binaries.missing-binary");
        assertThat(bh.heuristic().explanation()).contains("ran from memory").contains("does not prove");
        assertThat(bh.eventTime()).isEqualTo(ProcessBinariesFixtures.BH_FIRST);
        assertThat(bh.message()).isEqualTo("Process \"bh\" (no bundle id, row 5 of " + DATAUSAGE + ", first "
                + "network use 2021-07-14T02:15:26Z) has no file of that name anywhere in the dump");
    }

    @Test
    void matchesANameOfSixteenCharactersByTheBeginningOfAFileName() throws Exception {
        ModuleRun.Result<ProcessBinary> result = run(ProcessBinariesFixtures.addTo(dump()));

        assertThat(result.records()).filteredOn(r -> r.procName().startsWith("com.apple.WebKi"))
                .extracting(ProcessBinary::binaryPath).containsExactly("/System/Library/Frameworks/WebKit."
                        + "framework/XPCServices/com.apple.WebKit.Networking.xpc/com.apple.WebKit.Networking");
    }

    @Test
    void notesAbsenceInsteadOfFloodingWhenTheDumpLacksSystemExecutables() throws Exception {
        ModuleRun.Result<ProcessBinary> result = run(ProcessBinariesFixtures.databases(dump()
                .systemVersion("14.6", "18F72").file("/usr/share/zoneinfo/UTC", "tz")));

        assertThat(result.records()).isEmpty();
        assertThat(result.alerts()).isEmpty();
        assertThat(result.absences()).singleElement().satisfies(note -> assertThat(note.message())
                .startsWith("the dump holds no system executables").contains("5 process(es) without bundle id"));
    }

    @Test
    void looksForEveryProcessWhenTheDatabaseHasNoBundleColumn() throws Exception {
        ModuleRun.Result<ProcessBinary> result = run(ProcessBinariesFixtures.systemBinaries(dump())
                .database(DATAUSAGE, "CREATE TABLE ZPROCESS (Z_PK INTEGER PRIMARY KEY, ZPROCNAME VARCHAR);"
                        + "INSERT INTO ZPROCESS VALUES (1, 'apsd'), (2, 'Weather'), (3, NULL);"));

        assertThat(result.records()).containsExactly(
                new ProcessBinary(DATAUSAGE, 1, "apsd", null, null,
                        "/System/Library/PrivateFrameworks/ApplePushService.framework/apsd"),
                new ProcessBinary(DATAUSAGE, 2, "Weather", null, null, null));
    }

    @Test
    void capsTheCandidatesWithAWarning() throws Exception {
        ModuleRun.Result<ProcessBinary> result = run(ProcessBinariesFixtures.systemBinaries(dump())
                .database(DATAUSAGE, BackupBuilder.schema(BackupBuilder.DATAUSAGE_IOS14)
                        + "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                        + (ProcessBinariesParser.MAX_CANDIDATES + 3) + ") INSERT INTO ZPROCESS (Z_PK, ZPROCNAME) "
                        + "SELECT i, 'p' || i FROM n;"));

        assertThat(result.records()).hasSize(ProcessBinariesParser.MAX_CANDIDATES);
        assertThat(result.warnings()).singleElement().satisfies(warning -> assertThat(warning.message())
                .startsWith("3 more process(es) without bundle id were not looked for"));
    }

    @Test
    void notesAbsenceOfADatabaseWithoutProcessTable() throws Exception {
        ModuleRun.Result<ProcessBinary> result = run(ProcessBinariesFixtures.systemBinaries(dump())
                .database(NETUSAGE, "CREATE TABLE other (x INTEGER);")
                .dataUsage(BackupBuilder.DATAUSAGE_IOS14, process(1, "bh", null, DAY, DAY)));

        assertThat(result.records()).extracting(ProcessBinary::procName).containsExactly("bh");
        assertThat(result.absences()).singleElement().satisfies(note -> assertThat(note.message())
                .isEqualTo("netusage.sqlite has no ZPROCESS table with process names, so no process was looked for"));
    }

    private DumpBuilder dump() {
        return DumpBuilder.in(dir.resolve("dump"));
    }

    private static ModuleRun.Result<ProcessBinary> run(DumpBuilder dump) throws Exception {
        try (FilesystemDumpSource source = FilesystemDumpSource.open(dump.build())) {
            return ModuleRun.run(new ProcessBinariesModule(), source, TestIndicators.none());
        }
    }

    @Test
    void neverFlagsTheKernelTaskWhichHasNoFileByNature() {
        CollectingCheckContext context = new CollectingCheckContext(ProcessBinariesModule.NAME, TestIndicators.none());

        new ProcessBinariesChecker().check(new ProcessBinary(DATAUSAGE, 9, "kernel_task", DAY, DAY, null), context);
        new ProcessBinariesChecker().check(new ProcessBinary(DATAUSAGE, 10, "bh", DAY, DAY, null), context);

        assertThat(context.alerts()).extracting(a -> ((ProcessBinary) a.record()).procName()).containsExactly("bh");
    }
}
