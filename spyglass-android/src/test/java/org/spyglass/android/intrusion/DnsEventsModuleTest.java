package org.spyglass.android.intrusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.android.intrusion.IntrusionFixtures.SPY_DOMAIN;
import static org.spyglass.android.intrusion.IntrusionFixtures.SPY_IP;
import static org.spyglass.android.intrusion.IntrusionFixtures.SPY_PACKAGE;
import static org.spyglass.android.intrusion.IntrusionFixtures.WATCH_DOMAIN;
import static org.spyglass.android.testing.IntrusionLogBuilder.DEFAULT_FILE;
import static org.spyglass.android.testing.IntrusionLogBuilder.MILLIS;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.testing.IntrusionLogBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.UrlRecord;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class DnsEventsModuleTest {
    @TempDir
    Path dir;

    private ModuleRun.Result<IntrusionDnsEvent> run(IntrusionLogBuilder logs, Indicators indicators) throws Exception {
        try (IntrusionLogSource source = IntrusionLogSource.open(logs.writeFolder(dir, "logs"))) {
            return ModuleRun.run(new DnsEventsModule(), source, indicators);
        }
    }

    @Test
    void readsEveryDnsEventAndOnlyThose() throws Exception {
        ModuleRun.Result<IntrusionDnsEvent> result = run(IntrusionLogBuilder.create()
                .dns(MILLIS, "Www.Example.org", "com.android.chrome", "93.184.216.34", "2606:2800:220:1::1")
                .connect(MILLIS + 5, "93.184.216.34", 443, "com.android.chrome")
                .security(MILLIS * 1_000_000L, "os_startup", "{}")
                .dns(MILLIS + 10, "time.android.com", null), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(2);
        assertThat(result.records().get(0)).isEqualTo(new IntrusionDnsEvent(Instant.ofEpochMilli(MILLIS), MILLIS,
                "www.example.org", List.of("93.184.216.34", "2606:2800:220:1::1"), "com.android.chrome",
                "/" + DEFAULT_FILE, 1));
        assertThat(result.records().get(1).packageName()).isNull();
        assertThat(result.records().get(1).line()).isEqualTo(4);
    }

    @Test
    void putsLookUpsOnTheTimelineInUtcAndListsHostnamesAsUrls() throws Exception {
        ModuleRun.Result<IntrusionDnsEvent> result = run(IntrusionLogBuilder.create()
                .dns(MILLIS, "example.org", "com.app", "93.184.216.34"), TestIndicators.none());

        assertThat(result.events()).extracting(TimelineEvent::timestamp, TimelineEvent::event)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-05-04T10:15:30Z"),
                        "dns_query"));
        assertThat(result.urls()).extracting(UrlRecord::url).containsExactly("example.org");
    }

    @Test
    void matchesHostnameAnswersAndAppOneAlertEach() throws Exception {
        ModuleRun.Result<IntrusionDnsEvent> result = run(IntrusionLogBuilder.create()
                .dns(MILLIS, SPY_DOMAIN, SPY_PACKAGE, SPY_IP, "0.0.0.0")
                .dns(MILLIS, "example.org", "com.android.chrome", "93.184.216.34"), IntrusionFixtures.echap());

        assertThat(result.alerts()).extracting(Alert::level)
                .containsExactly(Level.CRITICAL, Level.CRITICAL, Level.CRITICAL);
        assertThat(result.alerts()).extracting(Alert::message)
                .anySatisfy(m -> assertThat(m).contains(SPY_DOMAIN).contains("SpyApp"))
                .anySatisfy(m -> assertThat(m).contains("resolved to " + SPY_IP))
                .anySatisfy(m -> assertThat(m).contains("malicious app").contains(SPY_PACKAGE));
    }

    @Test
    void reportsWatchwareDomainsAtMediumAndSaysWhy() throws Exception {
        ModuleRun.Result<IntrusionDnsEvent> result = run(IntrusionLogBuilder.create()
                .dns(MILLIS, "api." + WATCH_DOMAIN, "com.android.chrome"), IntrusionFixtures.echap());

        assertThat(result.alerts()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(Level.MEDIUM);
            assertThat(a.message()).contains("WatchApp").contains("watchware");
        });
    }

    @Test
    void skipsEventsWithoutHostnameWithOneWarningPerFile() throws Exception {
        ModuleRun.Result<IntrusionDnsEvent> result = run(IntrusionLogBuilder.create()
                .line("{\"dns_event\":{\"event_time\":1,\"package_name\":\"a\"}}")
                .line("{\"dns_event\":{\"event_time\":2}}")
                .dns(MILLIS, "example.org", "com.app"), TestIndicators.none());

        assertThat(result.records()).hasSize(1);
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .contains("2 dns_event(s) without hostname").contains("line 1"));
    }

    @Test
    void readsAnEventRepeatedInOverlappingExportsOnce() throws Exception {
        ModuleRun.Result<IntrusionDnsEvent> result = run(IntrusionLogBuilder.create()
                .dns(MILLIS, "example.org", "com.app").dns(MILLIS + 1, "example.org", "com.app")
                .file("later.txt").dns(MILLIS + 1, "example.org", "com.app").dns(MILLIS + 2, "example.org", "com.app"),
                TestIndicators.none());

        assertThat(result.records()).extracting(IntrusionDnsEvent::eventTime)
                .containsExactly(MILLIS, MILLIS + 1, MILLIS + 2);
        assertThat(result.records()).extracting(IntrusionDnsEvent::file)
                .containsExactly("/" + DEFAULT_FILE, "/" + DEFAULT_FILE, "/later.txt");
    }

    @Test
    void keepsAnEventWithoutTimeUntimed() throws Exception {
        ModuleRun.Result<IntrusionDnsEvent> result = run(IntrusionLogBuilder.create()
                .line("{\"dns_event\":{\"hostname\":\"example.org\"}}"), TestIndicators.none());

        assertThat(result.records()).singleElement().satisfies(e -> assertThat(e.time()).isNull());
        assertThat(result.events()).isEmpty();
    }
}
