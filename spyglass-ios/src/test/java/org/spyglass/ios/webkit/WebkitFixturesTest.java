package org.spyglass.ios.webkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

/** The fixtures do what their constants say (with the planted domains as indicators). */
class WebkitFixturesTest {
    private static final Indicators PEGASUS = TestIndicators.of()
            .domain(WebkitFixtures.PLANTED_OBSERVED_DOMAIN, "Pegasus")
            .domain(WebkitFixtures.PLANTED_LOG_DOMAIN, "Pegasus").build();

    @Test
    void producesTheDocumentedRecordsAndAlerts(@TempDir Path dir) throws Exception {
        try (BackupSource source = BackupSource.open(WebkitFixtures.addTo(BackupBuilder.in(dir)).build())) {
            ModuleRun.Result<ObservedDomain> observed = ModuleRun.run(new WebkitResourceLoadStatisticsModule(),
                    source, PEGASUS);
            ModuleRun.Result<BrowsingStatistic> log = ModuleRun.run(new WebkitSessionResourceLogModule(), source,
                    PEGASUS);

            assertThat(observed.warnings()).isEmpty();
            assertThat(observed.records()).hasSize(WebkitFixtures.OBSERVATIONS_RECORDS);
            assertThat(observed.alerts()).extracting(Alert::level)
                    .containsExactlyElementsOf(WebkitFixtures.OBSERVATIONS_ALERTS);
            assertThat(log.warnings()).isEmpty();
            assertThat(log.records()).hasSize(WebkitFixtures.SESSION_LOG_RECORDS);
            assertThat(log.alerts()).extracting(Alert::level)
                    .containsExactlyElementsOf(WebkitFixtures.SESSION_LOG_ALERTS);
        }
    }
}
