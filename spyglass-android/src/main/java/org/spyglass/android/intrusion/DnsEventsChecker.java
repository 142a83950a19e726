package org.spyglass.android.intrusion;

import java.util.List;
import org.spyglass.android.AppMatches;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Matches the hostname against domains, each returned address against IP indicators and the asking app against app
 * ids: one alert per matched value, CRITICAL, or MEDIUM when every match is ECHAP watchware ({@link AppMatches}).
 */
final class DnsEventsChecker implements Checker<IntrusionDnsEvent> {

    @Override
    public void check(IntrusionDnsEvent event, CheckContext context) {
        String by = event.packageName() == null ? "" : " by " + event.packageName();
        List<IndicatorMatch> hosts = context.indicators().matchHost(event.hostname());
        if (!hosts.isEmpty()) {
            context.indicatorAlert(AppMatches.level(hosts), "Found a DNS look-up of a known malicious domain" + by
                    + ": " + event.hostname() + " " + MatchText.of(hosts) + AppMatches.note(hosts), event.time(),
                    event, hosts);
        }
        for (String address : event.ipAddresses()) {
            List<IndicatorMatch> ips = NetworkAddresses.unspecified(address) ? List.of()
                    : context.indicators().matchIp(address);
            if (!ips.isEmpty()) {
                context.indicatorAlert(AppMatches.level(ips), "Found a DNS answer with a known malicious address"
                        + by + ": " + event.hostname() + " resolved to " + address + " " + MatchText.of(ips)
                        + AppMatches.note(ips), event.time(), event, ips);
            }
        }
        List<IndicatorMatch> apps = event.packageName() == null ? List.of()
                : context.indicators().matchAppId(event.packageName());
        if (!apps.isEmpty()) {
            context.indicatorAlert(AppMatches.level(apps), "Found a known malicious app looking up "
                    + event.hostname() + ": " + event.packageName() + " " + MatchText.of(apps)
                    + AppMatches.note(apps), event.time(), event, apps);
        }
    }
}
