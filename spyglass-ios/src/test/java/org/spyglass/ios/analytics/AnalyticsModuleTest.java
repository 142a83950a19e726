package org.spyglass.ios.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.analytics.AnalyticsFixtures.FOLDER;
import static org.spyglass.ios.analytics.AnalyticsFixtures.SCHEMA;
import static org.spyglass.ios.analytics.AnalyticsFixtures.blobRow;
import static org.spyglass.ios.analytics.AnalyticsFixtures.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.fs.FilesystemDumpSource;
import org.spyglass.ios.testing.DumpBuilder;

class AnalyticsModuleTest {
    private static final String TRUST = FOLDER + "trust_analytics.db";
    private static final Instant TIME = Instant.parse("2021-07-14T02:00:00.250Z");

    @TempDir
    Path dir;

    private static final Indicators PEGASUS = TestIndicators.of().process("bh", "Pegasus")
            .domain("accountcanceled.com", "Pegasus").build();

    @Test
    void readsEveryRowOfTheThreeTablesWithItsPlistTimeAndArtifact() throws Exception {
        ModuleRun.Result<AnalyticsRecord> result = run(DumpBuilder.in(dir.resolve("dump")).database(TRUST, SCHEMA
                + row("hard_failures", TIME, Map.of("build", "18F72", "attempts", 3))
                + row("soft_failures", TIME.plusSeconds(1), Map.of("process", "trustd"))
                + row("all_events", TIME.plusSeconds(2), Map.of("flags", List.of("a", "b")))), PEGASUS);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).extracting(AnalyticsRecord::table)
                .containsExactly("hard_failures", "soft_failures", "all_events");
        AnalyticsRecord first = result.records().get(0);
        assertThat(first.file()).isEqualTo(TRUST);
        assertThat(first.artifact()).isEqualTo("trust_analytics");
        assertThat(first.isodate()).isEqualTo(TIME);
        assertThat(first.data()).containsEntry("build", "18F72").containsEntry("attempts", 3L);
        assertThat(result.records().get(2).data()).containsEntry("flags", List.of("a", "b"));
        TimelineEvent event = result.events().get(0);
        assertThat(event.timestamp()).isEqualTo(TIME);
        assertThat(event.module()).isEqualTo("analytics");
        assertThat(event.event()).isEqualTo("trust_analytics");
        assertThat(event.description()).startsWith("hard_failures: {").contains("\"build\":\"18F72\"")
                .contains("\"attempts\":3");
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void alertsCriticalOnAProcessNameAndOnAUrlAtAnyDepth() throws Exception {
        ModuleRun.Result<AnalyticsRecord> result = run(DumpBuilder.in(dir.resolve("dump")).database(TRUST, SCHEMA
                + row("all_events", TIME, Map.of("client", "bh",
                        "nested", Map.of("urls", List.of("https://track.accountcanceled.com/x"))))), PEGASUS);

        assertThat(result.alerts()).hasSize(2).allSatisfy(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.eventTime()).isEqualTo(TIME);
        });
        assertThat(result.alerts()).anySatisfy(a -> assertThat(a.message()).contains("process").contains("\"bh\""))
                .anySatisfy(a -> assertThat(a.message()).contains("accountcanceled.com"));
    }

    @Test
    void doesNotTurnWordsOfASentenceIntoProcessChecks() throws Exception {
        ModuleRun.Result<AnalyticsRecord> result = run(DumpBuilder.in(dir.resolve("dump")).database(TRUST, SCHEMA
                + row("all_events", TIME, Map.of("error", "the bh daemon failed", "key", "bh"))), PEGASUS);

        assertThat(result.alerts()).singleElement()
                .satisfies(alert -> assertThat(alert.message()).contains("\"bh\"").doesNotContain("daemon failed"));
    }

    @ParameterizedTest
    @CsvSource({"bh, true, false", "com.apple.mobilesafari, true, true", "/usr/libexec/securityd, true, false",
            "14.6, false, false", "the bh daemon, false, false", "accountcanceled.com, true, true",
            "https://x.accountcanceled.com/a?b=c, false, true", "12345, false, false", "file.db, true, true"})
    void classifiesValuesAsProcessOrUrlCandidates(String value, boolean process, boolean url) {
        assertThat(AnalyticsStrings.looksLikeProcess(value)).as("process").isEqualTo(process);
        assertThat(AnalyticsStrings.looksLikeUrl(value)).as("url").isEqualTo(url);
    }

    @Test
    void warnsOnceAboutBlobsThatAreNoPlistAndReadsTheOtherRows() throws Exception {
        ModuleRun.Result<AnalyticsRecord> result = run(DumpBuilder.in(dir.resolve("dump")).database(TRUST, SCHEMA
                + blobRow("all_events", TIME, "not a plist".getBytes(StandardCharsets.UTF_8))
                + blobRow("all_events", TIME, new byte[] {0, 1, 2})
                + row("all_events", TIME, Map.of("build", "18F72"))), PEGASUS);

        assertThat(result.records()).hasSize(1);
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.location()).isEqualTo(TRUST + ": all_events");
            assertThat(warning.message()).startsWith("2 row(s)");
        });
    }

    @Test
    void notesADatabaseWithoutAnyOfTheTablesAsAbsent() throws Exception {
        ModuleRun.Result<AnalyticsRecord> result = run(DumpBuilder.in(dir.resolve("dump"))
                .database(TRUST, "CREATE TABLE other (x INTEGER);"), PEGASUS);

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement().satisfies(a -> assertThat(a.location()).isEqualTo(TRUST));
    }

    @Test
    void readsADatabaseWithOnlySomeOfTheTables() throws Exception {
        ModuleRun.Result<AnalyticsRecord> result = run(DumpBuilder.in(dir.resolve("dump")).database(TRUST,
                "CREATE TABLE all_events (id INTEGER PRIMARY KEY, timestamp REAL, data BLOB);"
                        + row("all_events", TIME, Map.of("k", "v"))), PEGASUS);

        assertThat(result.records()).hasSize(1);
        assertThat(result.absences()).isEmpty();
    }

    private static ModuleRun.Result<AnalyticsRecord> run(DumpBuilder dump, Indicators indicators) throws Exception {
        try (FilesystemDumpSource source = FilesystemDumpSource.open(dump.build())) {
            return ModuleRun.run(new AnalyticsModule(), source, indicators);
        }
    }
}
