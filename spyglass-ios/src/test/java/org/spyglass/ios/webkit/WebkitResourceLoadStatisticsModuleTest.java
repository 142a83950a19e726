package org.spyglass.ios.webkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.webkit.WebkitData.observed;
import static org.spyglass.ios.webkit.WebkitData.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.source.Source;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestFolderSource;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;

class WebkitResourceLoadStatisticsModuleTest {
    private static final Instant SEEN = Instant.parse("2021-07-11T08:14:03.500Z");
    private static final Instant TOUCHED = Instant.parse("2021-07-11T08:10:00Z");
    private static final String SAFARI_DB = "/private/var/mobile/Containers/Data/Application/com.apple.mobilesafari/"
            + WebkitData.STATISTICS + "observations.db";
    private static final Indicators PEGASUS = TestIndicators.of().domain("accountcanceled.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsEveryObservedDomainWithItsAppAndInteractionTimes() throws Exception {
        ModuleRun.Result<ObservedDomain> result = run(BackupBuilder.in(dir).database(WebkitData.SAFARI,
                WebkitData.STATISTICS + "observations.db", schema(WebkitData.OBSERVATIONS_IOS17)
                        + observed(1, "example.org", SEEN, TOUCHED, -1.0)
                        + observed(2, "cdn.example.net", SEEN.plusSeconds(5), null, -1.0)), TestIndicators.none());

        assertThat(result.records()).hasSize(2);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new ObservedDomain(1, "example.org",
                WebkitData.unix(SEEN), SEEN, true, WebkitData.unix(TOUCHED), TOUCHED, -1.0, null, WebkitData.SAFARI,
                SAFARI_DB));
        assertThat(result.records().get(1).mostRecentUserInteractionTimeIsodate()).isNull();
        assertThat(result.events()).containsExactly(
                new TimelineEvent(SEEN, "webkit_resource_load_statistics", "visit",
                        "Webkit resource loaded from example.org by app in domain " + WebkitData.SAFARI),
                new TimelineEvent(TOUCHED, "webkit_resource_load_statistics", "user_interaction",
                        "User interacted with example.org by app in domain " + WebkitData.SAFARI),
                new TimelineEvent(SEEN.plusSeconds(5), "webkit_resource_load_statistics", "visit",
                        "Webkit resource loaded from cdn.example.net by app in domain " + WebkitData.SAFARI));
    }

    @Test
    void raisesACriticalAlertForAnObservedIndicatorDomainOnly() throws Exception {
        ModuleRun.Result<ObservedDomain> result = run(BackupBuilder.in(dir).database("AppDomain-com.example.reader",
                WebkitData.STATISTICS + "observations.db", schema(WebkitData.OBSERVATIONS_IOS17)
                        + observed(1, "example.org", SEEN, null, -1.0)
                        + observed(2, "accountcanceled.com", SEEN.plusSeconds(1), null, -1.0)), PEGASUS);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.module()).isEqualTo("webkit_resource_load_statistics");
            assertThat(alert.eventTime()).isEqualTo(SEEN.plusSeconds(1));
            assertThat(alert.record()).isEqualTo(result.records().get(1));
            assertThat(alert.message()).contains("accountcanceled.com").contains("AppDomain-com.example.reader")
                    .contains("\"Pegasus\"");
        });
    }

    @Test
    void readsTheOlderSchemaWithoutTheWebPushColumn() throws Exception {
        ModuleRun.Result<ObservedDomain> result = run(BackupBuilder.in(dir).database("HomeDomain",
                WebkitData.STATISTICS + "observations.db", schema(WebkitData.OBSERVATIONS_IOS14)
                        + observed(7, "example.com", SEEN, null, null)), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new ObservedDomain(7, "example.com", WebkitData.unix(SEEN), SEEN,
                false, -1.0, null, null, null, "HomeDomain",
                "/private/var/mobile/" + WebkitData.STATISTICS + "observations.db"));
    }

    @Test
    void readsTheDatabasesOfEveryAppAndOfTheInAppBrowserInAFilesystemDump() throws Exception {
        String app = "/private/var/mobile/Containers/Data/Application/3F2A1B0C-9D8E-4F7A-8B6C-5D4E3F2A1B0C/";
        String[] paths = {app + WebkitData.STATISTICS + "observations.db",
                app + "SystemData/com.apple.SafariViewService/Library/WebKit/WebsiteData/observations.db"};
        for (String path : paths) {
            Path file = dir.resolve(path.substring(1));
            Files.createDirectories(file.getParent());
            SqlScript.run(file, schema(WebkitData.OBSERVATIONS_IOS17) + observed(1, "example.org", SEEN, null, -1.0));
        }

        ModuleRun.Result<ObservedDomain> result;
        try (Source source = new TestFolderSource(dir)) {
            result = ModuleRun.run(new WebkitResourceLoadStatisticsModule(), source, TestIndicators.none());
        }

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).extracting(ObservedDomain::path).containsExactlyInAnyOrder(paths);
        assertThat(result.records()).allSatisfy(observed -> assertThat(observed.domain()).isNull());
        assertThat(result.events()).extracting(TimelineEvent::description)
                .containsOnly("Webkit resource loaded from example.org");
    }

    @Test
    void notesADatabaseWithoutObservedDomainsAsAbsent() throws Exception {
        ModuleRun.Result<ObservedDomain> result = run(BackupBuilder.in(dir).database(WebkitData.SAFARI,
                WebkitData.STATISTICS + "observations.db", "CREATE TABLE OperatingDates (year INTEGER);"),
                TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.absences()).singleElement()
                .satisfies(absence -> assertThat(absence.message()).contains("ObservedDomains"));
    }

    private static ModuleRun.Result<ObservedDomain> run(BackupBuilder builder, Indicators indicators)
            throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new WebkitResourceLoadStatisticsModule(), source, indicators);
        }
    }
}
