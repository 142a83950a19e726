package org.spyglass.android.dbinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.bugreport.BugreportSource;
import org.spyglass.android.testing.BugreportBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class DbInfoModuleTest {
    static final String DBINFO = """
            Applications Database Info:

            ** Database info for pid 4321 [com.thetruth] **

            Connection pool for /data/user/0/com.thetruth/databases/calls.db:
              Open: true
              Max connections: 1
              Most recently executed operations:
                0: [2024-03-01 23:10:05.123] executeForCursorWindow took 2ms - succeeded, \
            sql="SELECT * FROM calls WHERE n = \\"x\\"", path=/data/user/0/com.thetruth/databases/calls.db
                1: [2024-03-01 23:10:04.000] prepare took 0ms - failed, sql="PRAGMA user_version"

            ** Database info for pid 1200 [com.android.providers.contacts] **

            Connection pool for /data/user/0/com.android.providers.contacts/databases/contacts2.db:
              Most recently executed operations:
                0: [2024-13-45 99:00:00.000] executeForLastInsertedRowId took 1ms - succeeded, sql="INSERT"
                1: [2024-03-01 22:00:00.500] executeForChangedRowCount took 1ms - succeeded
            """;

    @TempDir
    Path dir;

    private ModuleRun.Result<DbOperation> run(BugreportBuilder builder, Indicators indicators) throws Exception {
        try (BugreportSource source = BugreportSource.open(builder.writeFolder(dir, "bugreport"))) {
            return ModuleRun.run(new DbInfoModule(), source, indicators);
        }
    }

    @Test
    void readsEachOperationWithItsProcessPathAndTimes() throws Exception {
        ModuleRun.Result<DbOperation> result = run(BugreportBuilder.create().service("dbinfo", DBINFO),
                TestIndicators.none());

        assertThat(result.records()).hasSize(3).first().isEqualTo(new DbOperation(4321, "com.thetruth",
                "/data/user/0/com.thetruth/databases/calls.db", "2024-03-01T23:10:05.123",
                Instant.parse("2024-03-01T22:10:05.123Z"), true, "executeForCursorWindow", "succeeded",
                "SELECT * FROM calls WHERE n = \\\"x\\\"", BugreportSource.DUMPSTATE));
        assertThat(result.records().get(1)).satisfies(op -> {
            assertThat(op.path()).isEqualTo("/data/user/0/com.thetruth/databases/calls.db");
            assertThat(op.status()).isEqualTo("failed");
        });
        assertThat(result.records().get(2)).satisfies(op -> {
            assertThat(op.processName()).isEqualTo("com.android.providers.contacts");
            assertThat(op.sql()).isNull();
        });
        assertThat(result.events()).extracting(TimelineEvent::timestamp).first()
                .isEqualTo(Instant.parse("2024-03-01T22:10:05.123Z"));
        assertThat(result.processes()).extracting(ProcessSighting::name).containsOnly("com.thetruth",
                "com.android.providers.contacts");
    }

    @Test
    void warnsOnceForUnreadableTimes() throws Exception {
        ModuleRun.Result<DbOperation> result = run(BugreportBuilder.create().service("dbinfo", DBINFO),
                TestIndicators.none());

        assertThat(result.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("1 dbinfo operation time(s)"));
    }

    @Test
    void matchesPathComponentsAndProcessesAsAppIdsAndProcesses() throws Exception {
        ModuleRun.Result<DbOperation> result = run(BugreportBuilder.create().service("dbinfo", DBINFO),
                TestIndicators.of().add(IndicatorType.APP_ID, "com.thetruth", "TheTruthSpy", "stalkerware")
                        .add(IndicatorType.PROCESS, "com.android.providers.contacts", "Test campaign").build());

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL, Level.CRITICAL,
                Level.CRITICAL);
        assertThat(result.alerts().get(0).message()).contains("com.thetruth (executeForCursorWindow by com.thetruth");
        assertThat(result.alerts().get(2).message()).contains("malicious database path or process");
    }

    @Test
    void keepsTheLocalTimeWhenTheTimeZoneIsUnknownAndWarnsOnACutSection() throws Exception {
        String cut = DBINFO.substring(0, DBINFO.indexOf("** Database info for pid 1200"));
        ModuleRun.Result<DbOperation> result = run(BugreportBuilder.create().property("persist.sys.timezone", "")
                .raw("DUMP OF SERVICE dbinfo:\n" + cut), TestIndicators.none());

        assertThat(result.records()).hasSize(2).allSatisfy(op -> {
            assertThat(op.timeInUtc()).isFalse();
            assertThat(op.time()).isNull();
        });
        assertThat(result.events()).extracting(TimelineEvent::timestamp).first()
                .isEqualTo(Instant.parse("2024-03-01T23:10:05.123Z"));
        assertThat(result.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("section ends unfinished"));
    }
}
