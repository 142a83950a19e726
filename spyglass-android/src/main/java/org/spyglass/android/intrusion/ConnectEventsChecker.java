package org.spyglass.android.intrusion;

import java.util.List;
import org.spyglass.android.AppMatches;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Matches the remote address against IP indicators (loopback and unspecified skipped) and the app against app ids:
 * one alert per matched value, CRITICAL, or MEDIUM when every match is ECHAP watchware ({@link AppMatches}).
 */
final class ConnectEventsChecker implements Checker<IntrusionConnectEvent> {

    @Override
    public void check(IntrusionConnectEvent event, CheckContext context) {
        String by = event.packageName() == null ? "" : " by " + event.packageName();
        String target = event.ipAddress() + (event.port() == null ? "" : " port " + event.port());
        List<IndicatorMatch> ips = NetworkAddresses.local(event.ipAddress()) ? List.of()
                : context.indicators().matchIp(event.ipAddress());
        if (!ips.isEmpty()) {
            context.indicatorAlert(AppMatches.level(ips), "Found a connection to a known malicious address" + by
                    + ": " + target + " " + MatchText.of(ips) + AppMatches.note(ips), event.time(), event, ips);
        }
        List<IndicatorMatch> apps = event.packageName() == null ? List.of()
                : context.indicators().matchAppId(event.packageName());
        if (!apps.isEmpty()) {
            context.indicatorAlert(AppMatches.level(apps), "Found a known malicious app connecting to " + target
                    + ": " + event.packageName() + " " + MatchText.of(apps) + AppMatches.note(apps), event.time(),
                    event, apps);
        }
    }
}
