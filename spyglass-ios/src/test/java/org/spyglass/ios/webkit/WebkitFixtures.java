package org.spyglass.ios.webkit;

import static org.spyglass.ios.webkit.WebkitData.observed;
import static org.spyglass.ios.webkit.WebkitData.resourceLog;
import static org.spyglass.ios.webkit.WebkitData.statistic;

import java.time.Instant;
import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * Safari's WebKit observations.db and full_browsing_session_resourceLog.plist (AppDomain-com.apple.mobilesafari,
 * {@code Library/WebKit/WebsiteData/ResourceLoadStatistics/}) for a whole-backup test, each with ordinary sites and
 * one planted trace that matches the bundled Pegasus feed (investigations/2021-07-18_nso/pegasus.stix2).
 */
public final class WebkitFixtures {
    /** observations.db: three ordinary sites and accountcanceled.com. */
    public static final int OBSERVATIONS_RECORDS = 4;
    public static final List<Level> OBSERVATIONS_ALERTS = List.of(Level.CRITICAL);
    public static final String PLANTED_OBSERVED_DOMAIN = "accountcanceled.com";
    /**
     * The resource log: two ordinary sites and free247downloads.com reached by a redirect from yahoo.fr: the
     * indicator match, then the redirect chain.
     */
    public static final int SESSION_LOG_RECORDS = 3;
    public static final List<Level> SESSION_LOG_ALERTS = List.of(Level.CRITICAL, Level.HIGH);
    public static final String PLANTED_LOG_DOMAIN = "free247downloads.com";

    private static final Instant DAY = Instant.parse("2021-07-11T08:00:00Z");

    private WebkitFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        builder.database(WebkitData.SAFARI, WebkitData.STATISTICS + "observations.db",
                WebkitData.schema(WebkitData.OBSERVATIONS_IOS17)
                        + observed(1, "example.org", DAY.plusSeconds(40), DAY.plusSeconds(45), -1.0)
                        + observed(2, "example.com", DAY.plusSeconds(600), DAY.plusSeconds(610), -1.0)
                        + observed(3, "example.net", DAY.plusSeconds(600), null, -1.0)
                        + observed(4, PLANTED_OBSERVED_DOMAIN, DAY.plusSeconds(9000), null, -1.0));
        builder.file(WebkitData.SAFARI, WebkitData.STATISTICS + WebkitSessionResourceLogModule.FILE, resourceLog(
                statistic("example.org", List.of(), List.of(), List.of("example.net"), DAY.plusSeconds(40),
                        DAY.plusSeconds(45)),
                statistic("example.com", List.of(), List.of(), List.of("example.net"), DAY.plusSeconds(600),
                        DAY.plusSeconds(610)),
                statistic(PLANTED_LOG_DOMAIN, List.of("yahoo.fr"), List.of(), List.of(), DAY.plusSeconds(7200),
                        null)));
        return builder;
    }
}
