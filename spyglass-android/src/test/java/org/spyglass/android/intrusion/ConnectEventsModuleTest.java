package org.spyglass.android.intrusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.android.intrusion.IntrusionFixtures.SPY_IP;
import static org.spyglass.android.intrusion.IntrusionFixtures.WATCH_IP;
import static org.spyglass.android.intrusion.IntrusionFixtures.WATCH_PACKAGE;
import static org.spyglass.android.testing.IntrusionLogBuilder.DEFAULT_FILE;
import static org.spyglass.android.testing.IntrusionLogBuilder.MILLIS;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.testing.IntrusionLogBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class ConnectEventsModuleTest {
    @TempDir
    Path dir;

    private ModuleRun.Result<IntrusionConnectEvent> run(IntrusionLogBuilder logs, Indicators indicators)
            throws Exception {
        try (IntrusionLogSource source = IntrusionLogSource.open(logs.writeZip(dir, "logs.zip"))) {
            return ModuleRun.run(new ConnectEventsModule(), source, indicators);
        }
    }

    @Test
    void readsEveryConnectEventFromAZip() throws Exception {
        ModuleRun.Result<IntrusionConnectEvent> result = run(IntrusionLogBuilder.create()
                .connect(MILLIS, "93.184.216.34", 443, "com.android.chrome")
                .dns(MILLIS, "example.org", "com.android.chrome")
                .line("{\"connect_event\":{\"event_time\":5,\"ip_address\":\"host.example/10.0.0.1\","
                        + "\"port\":99999}}"), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).containsExactly(
                new IntrusionConnectEvent(Instant.ofEpochMilli(MILLIS), MILLIS, "93.184.216.34", 443,
                        "com.android.chrome", "/" + DEFAULT_FILE, 1),
                new IntrusionConnectEvent(null, 5L, "10.0.0.1", null, null, "/" + DEFAULT_FILE, 3));
        assertThat(result.events()).extracting(TimelineEvent::description)
                .contains("Connection to 93.184.216.34:443 by com.android.chrome");
    }

    @Test
    void matchesAddressesAndAppsWithWatchwareLower() throws Exception {
        ModuleRun.Result<IntrusionConnectEvent> result = run(IntrusionLogBuilder.create()
                .connect(MILLIS, SPY_IP, 8443, "com.android.chrome")
                .connect(MILLIS, WATCH_IP, 443, WATCH_PACKAGE), IntrusionFixtures.echap());

        assertThat(result.alerts()).extracting(Alert::level)
                .containsExactly(Level.CRITICAL, Level.MEDIUM, Level.MEDIUM);
        assertThat(result.alerts().get(0).message()).contains(SPY_IP + " port 8443").contains("SpyApp");
        assertThat(result.alerts().get(2).message()).contains(WATCH_PACKAGE).contains("watchware");
    }

    @Test
    void neverMatchesLoopbackOrUnspecifiedAddresses() throws Exception {
        ModuleRun.Result<IntrusionConnectEvent> result = run(IntrusionLogBuilder.create()
                .connect(MILLIS, "127.0.0.1", 80, null).connect(MILLIS, "0.0.0.0", 80, null),
                TestIndicators.of().add(IndicatorType.IPV4, "127.0.0.1", "Odd")
                        .add(IndicatorType.IPV4, "0.0.0.0", "Odd").build());

        assertThat(result.records()).hasSize(2);
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void skipsEventsWithoutAddressWithAWarning() throws Exception {
        ModuleRun.Result<IntrusionConnectEvent> result = run(IntrusionLogBuilder.create()
                .line("{\"connect_event\":{\"event_time\":1,\"port\":443}}"), TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .contains("1 connect_event(s) without ip_address"));
    }
}
