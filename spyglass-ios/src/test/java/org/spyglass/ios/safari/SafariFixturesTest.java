package org.spyglass.ios.safari;

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
class SafariFixturesTest {
    private static final Indicators PEGASUS = TestIndicators.of().domain("free247downloads.com", "Pegasus")
            .domain("accountcanceled.com", "Pegasus").build();

    @Test
    void producesTheDocumentedRecordsAndAlerts(@TempDir Path dir) throws Exception {
        try (BackupSource source = BackupSource.open(SafariFixtures.addTo(BackupBuilder.in(dir)).build())) {
            ModuleRun.Result<SafariVisit> history = ModuleRun.run(new SafariHistoryModule(), source, PEGASUS);
            ModuleRun.Result<SafariTab> tabs = ModuleRun.run(new SafariBrowserStateModule(), source, PEGASUS);

            assertThat(history.warnings()).isEmpty();
            assertThat(history.records()).hasSize(SafariFixtures.HISTORY_RECORDS);
            assertThat(history.alerts()).extracting(Alert::level).containsExactlyElementsOf(
                    SafariFixtures.HISTORY_ALERTS);
            assertThat(history.alerts().get(1).message()).contains(SafariFixtures.PLANTED_HISTORY_URL);
            assertThat(tabs.warnings()).isEmpty();
            assertThat(tabs.records()).hasSize(SafariFixtures.BROWSER_STATE_RECORDS);
            assertThat(tabs.alerts()).extracting(Alert::level).containsExactlyElementsOf(
                    SafariFixtures.BROWSER_STATE_ALERTS);
            assertThat(tabs.alerts().get(0).message()).contains(SafariFixtures.PLANTED_TAB_URL);
        }
    }
}
