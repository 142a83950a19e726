package org.spyglass.ios.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.analytics.AnalyticsFixtures.FOLDER;
import static org.spyglass.ios.analytics.AnalyticsFixtures.SCHEMA;
import static org.spyglass.ios.analytics.AnalyticsFixtures.row;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.fs.FilesystemDumpSource;
import org.spyglass.ios.testing.DumpBuilder;

class AnalyticsIosVersionsModuleTest {
    private static final String TRUST = FOLDER + "trust_analytics.db";
    private static final String CKKS = FOLDER + "ckks_analytics.db";
    private static final Instant MAY = Instant.parse("2021-05-30T08:00:00Z");
    private static final Instant JULY = Instant.parse("2021-07-20T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void keepsTheEarliestTimeOfEachBuildAcrossDatabasesWithItsVersion() throws Exception {
        DumpBuilder dump = DumpBuilder.in(dir.resolve("dump"))
                .database(TRUST, SCHEMA + row("all_events", JULY.plusSeconds(60), Map.of("build", "18G69"))
                        + row("hard_failures", MAY.plusSeconds(3600), Map.of("build", "18F72"))
                        + row("all_events", MAY.plusSeconds(7200), Map.of("other", "18A1")))
                .database(CKKS, SCHEMA + row("soft_failures", MAY, Map.of("build", "18F72"))
                        + row("all_events", JULY, Map.of("build", "18G69"))
                        + row("all_events", JULY, Map.of("build", "99Z999")));

        ModuleRun.Result<AnalyticsIosVersion> result;
        try (FilesystemDumpSource source = FilesystemDumpSource.open(dump.build())) {
            result = ModuleRun.run(new AnalyticsIosVersionsModule(), source, TestIndicators.none());
        }

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(
                new AnalyticsIosVersion("18F72", "14.6", MAY, CKKS),
                new AnalyticsIosVersion("18G69", "14.7", JULY, CKKS),
                new AnalyticsIosVersion("99Z999", null, JULY, CKKS));
        assertThat(result.events()).containsExactly(
                new TimelineEvent(MAY, "analytics_ios_versions", "analytics_ios_version",
                        "Recorded iOS version: 14.6 (18F72)"),
                new TimelineEvent(JULY, "analytics_ios_versions", "analytics_ios_version",
                        "Recorded iOS version: 14.7 (18G69)"),
                new TimelineEvent(JULY, "analytics_ios_versions", "analytics_ios_version",
                        "Recorded iOS version: build 99Z999"));
        assertThat(result.alerts()).isEmpty();
    }
}
