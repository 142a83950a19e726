package org.spyglass.android.intrusion;

import org.spyglass.android.testing.EchapIndicators;
import org.spyglass.core.ioc.Indicators;

/** ECHAP-style indicators for the intrusion-log tests: one stalkerware app, one watchware app. */
final class IntrusionFixtures {
    static final String SPY_DOMAIN = "c2.spyapp.example";
    static final String SPY_IP = "203.0.113.7";
    static final String SPY_PACKAGE = "com.spy.app";
    static final String WATCH_DOMAIN = "parental.example";
    static final String WATCH_IP = "198.51.100.9";
    static final String WATCH_PACKAGE = "com.watch.app";

    private IntrusionFixtures() {
    }

    static Indicators echap() {
        return EchapIndicators.of("""
                - name: SpyApp
                  type: stalkerware
                  packages: [com.spy.app]
                  c2:
                    domains: [c2.spyapp.example]
                    ips: [203.0.113.7]
                - name: WatchApp
                  type: watchware
                  packages: [com.watch.app]
                  websites: [parental.example]
                  c2:
                    ips: [198.51.100.9]
                """);
    }
}
