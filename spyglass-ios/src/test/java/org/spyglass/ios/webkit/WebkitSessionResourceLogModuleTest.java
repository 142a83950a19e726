package org.spyglass.ios.webkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.webkit.WebkitData.resourceLog;
import static org.spyglass.ios.webkit.WebkitData.statistic;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.source.Source;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestFolderSource;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class WebkitSessionResourceLogModuleTest {
    private static final Instant SEEN = Instant.parse("2021-07-11T08:14:03.500Z");
    private static final Instant TOUCHED = Instant.parse("2021-07-11T08:10:00Z");
    private static final String LOG = WebkitData.STATISTICS + WebkitSessionResourceLogModule.FILE;
    private static final String SAFARI_LOG = "/private/var/mobile/Containers/Data/Application/com.apple.mobilesafari/"
            + LOG;
    private static final Indicators PEGASUS = TestIndicators.of().domain("free247downloads.com", "Pegasus")
            .domain("accountcanceled.com", "Pegasus").build();

    @TempDir
    Path dir;

    @Test
    void readsEveryEntryWithItsRedirectsAndThirdParties() throws Exception {
        ModuleRun.Result<BrowsingStatistic> result = run(BackupBuilder.in(dir).file(WebkitData.SAFARI, LOG,
                resourceLog(statistic("example.org", List.of("example.com"), List.of("example.net"),
                                List.of("cdn.example.net", "fonts.example.com"), SEEN, TOUCHED),
                        statistic("example.com", List.of(), List.of(), List.of(), SEEN.plusSeconds(9), null))),
                TestIndicators.none());

        assertThat(result.records()).hasSize(2);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new BrowsingStatistic("example.org", List.of("example.com"),
                List.of("example.net"), List.of(), List.of("cdn.example.net", "fonts.example.com"), true, TOUCHED,
                SEEN, SAFARI_LOG));
        assertThat(result.records().get(1).userInteraction()).isFalse();
        assertThat(result.records().get(1).mostRecentInteraction()).isNull();
        assertThat(result.events()).containsExactly(
                new TimelineEvent(SEEN, "webkit_session_resource_log", "visit", "WebKit session resource log: "
                        + "example.org last seen (redirects: SOURCE: \"example.com\" → ORIGIN: \"example.org\" → "
                        + "DESTINATION: \"example.net\")"),
                new TimelineEvent(TOUCHED, "webkit_session_resource_log", "user_interaction",
                        "WebKit session resource log: user interacted with example.org"),
                new TimelineEvent(SEEN.plusSeconds(9), "webkit_session_resource_log", "visit",
                        "WebKit session resource log: example.com last seen"));
    }

    @Test
    void raisesACriticalAlertPerMatchedDomainAndAHighOneForTheRedirectChain() throws Exception {
        ModuleRun.Result<BrowsingStatistic> result = run(BackupBuilder.in(dir).file(WebkitData.SAFARI, LOG,
                resourceLog(statistic("free247downloads.com", List.of("yahoo.fr"), List.of(), List.of(), SEEN, null),
                        statistic("example.org", List.of(), List.of(), List.of("example.net"), SEEN, null))),
                PEGASUS);

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL, Level.HIGH);
        Alert critical = result.alerts().get(0);
        assertThat(critical.message()).contains("free247downloads.com, the visited site").contains("\"Pegasus\"")
                .contains(SAFARI_LOG);
        assertThat(critical.eventTime()).isEqualTo(SEEN);
        assertThat(critical.record()).isEqualTo(result.records().get(0));
        Alert chain = result.alerts().get(1);
        assertThat(chain.message()).startsWith("HTTP redirect between suspicious domains: SOURCE: \"yahoo.fr\" → "
                + "ORIGIN: \"free247downloads.com\"");
        assertThat(chain.matches()).singleElement().satisfies(match ->
                assertThat(match.indicator().value()).isEqualTo("free247downloads.com"));
        assertThat(chain.heuristic()).isNull();
    }

    @Test
    void raisesOneCriticalAlertPerDomainWithEveryMatchAndCarriesThemAllToTheChain() throws Exception {
        Indicators nested = TestIndicators.of().domain("free247downloads.com", "Pegasus")
                .domain("get1tn0w.free247downloads.com", "Pegasus").build();

        ModuleRun.Result<BrowsingStatistic> result = run(BackupBuilder.in(dir).file(WebkitData.SAFARI, LOG,
                resourceLog(statistic("bun54l2b67.get1tn0w.free247downloads.com", List.of("yahoo.fr"), List.of(),
                        List.of(), SEEN, null))), nested);

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL, Level.HIGH);
        assertThat(result.alerts()).allSatisfy(alert -> assertThat(alert.matches())
                .extracting(match -> match.indicator().value())
                .containsExactly("get1tn0w.free247downloads.com", "free247downloads.com"));
        assertThat(result.alerts().get(0).message()).endsWith("the visited site, matched indicators "
                + "\"get1tn0w.free247downloads.com\" (subdomain of), \"free247downloads.com\" (subdomain of) "
                + "from \"Pegasus\"");
    }

    @Test
    void matchesThirdPartyDomainsWithoutCallingThemARedirect() throws Exception {
        ModuleRun.Result<BrowsingStatistic> result = run(BackupBuilder.in(dir).file(WebkitData.SAFARI, LOG,
                resourceLog(statistic("example.org", List.of("example.com"), List.of(),
                        List.of("x.accountcanceled.com", "x.accountcanceled.com"), null, TOUCHED))), PEGASUS);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.message()).contains("x.accountcanceled.com, a resource loaded by example.org");
            assertThat(alert.eventTime()).isEqualTo(TOUCHED);
        });
    }

    @Test
    void readsTheOlderKeySpellingAndDatesInsteadOfNumbers() throws Exception {
        NSDictionary entry = new NSDictionary();
        entry.put("PrevalentResourceOrigin", "example.org");
        entry.put("lastSeen", Date.from(SEEN));
        WebkitData.putDomains(entry, "topFrameUniqueRedirectsTo", "origin", List.of("example.net"));
        WebkitData.putDomains(entry, "subframeUnderTopFrameOrigins", "origin", List.of("frames.example.com"));
        NSArray plainList = new NSArray(new NSString("static.example.com"));
        entry.put("subresourceUnderTopFrameOrigins", plainList);

        ModuleRun.Result<BrowsingStatistic> result = run(BackupBuilder.in(dir).file(WebkitData.SAFARI, LOG,
                resourceLog(entry)), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(new BrowsingStatistic("example.org", List.of(),
                List.of("example.net"), List.of("frames.example.com"), List.of("static.example.com"), null, null,
                SEEN, SAFARI_LOG));
    }

    @Test
    void readsTheLogsOfTheInAppBrowserAndWebClipsInAFilesystemDump() throws Exception {
        String[] paths = {"/private/var/mobile/Containers/Data/Application/3F2A1B0C-9D8E-4F7A-8B6C-5D4E3F2A1B0C/"
                + "SystemData/com.apple.SafariViewService/Library/WebKit/WebsiteData/"
                + WebkitSessionResourceLogModule.FILE,
                "/private/var/mobile/Library/WebClips/7E1F.webclip/Storage/" + WebkitSessionResourceLogModule.FILE};
        for (String path : paths) {
            Path file = dir.resolve(path.substring(1));
            Files.createDirectories(file.getParent());
            Files.write(file, resourceLog(statistic("example.org", List.of(), List.of(), List.of(),
                    SEEN, null)));
        }

        ModuleRun.Result<BrowsingStatistic> result;
        try (Source source = new TestFolderSource(dir)) {
            result = ModuleRun.run(new WebkitSessionResourceLogModule(), source, TestIndicators.none());
        }

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).extracting(BrowsingStatistic::path).containsExactlyInAnyOrder(paths);
    }

    @Test
    void notesALogWithoutStatisticsAsAbsentAndWarnsOnOneThatIsNotAPlist() throws Exception {
        ModuleRun.Result<BrowsingStatistic> result = run(BackupBuilder.in(dir)
                .file(WebkitData.SAFARI, LOG, ("<?xml version=\"1.0\"?><plist version=\"1.0\"><dict><key>version"
                        + "</key><integer>1</integer></dict></plist>").getBytes(StandardCharsets.UTF_8))
                .file("AppDomain-com.example.reader", LOG, "not a plist".getBytes(StandardCharsets.UTF_8)),
                TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.absences()).singleElement().satisfies(absence -> {
            assertThat(absence.location()).isEqualTo(SAFARI_LOG);
            assertThat(absence.message()).contains("no browsingStatistics");
        });
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.location()).contains("com.example.reader");
            assertThat(warning.message()).contains("not a readable property list");
        });
    }

    private static ModuleRun.Result<BrowsingStatistic> run(BackupBuilder builder, Indicators indicators)
            throws Exception {
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new WebkitSessionResourceLogModule(), source, indicators);
        }
    }
}
