package org.spyglass.android.intrusion;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.module.UrlExtractor;
import org.spyglass.core.module.UrlRecord;
import org.spyglass.core.source.SourceKind;

/**
 * DNS look-ups of Android intrusion logs ({@code dns_event}): hostnames matched as domains, answers as IPs, apps as
 * app ids. Times are Unix epoch milliseconds, so UTC whatever the device's time zone.
 */
public final class DnsEventsModule extends AbstractModule<IntrusionDnsEvent> {
    public static final String NAME = "intrusion_dns";
    /** The URL records' source. */
    public static final String URL_SOURCE = "intrusion_dns";

    public DnsEventsModule() {
        super(NAME, IntrusionDnsEvent.class, "DNS look-ups of Android intrusion logs (dns_event): hostnames, answers "
                + "and apps matched", Set.of(SourceKind.ANDROID_INTRUSION_LOGS),
                List.of(IntrusionLogSource.EVERY_FILE));
    }

    @Override
    public Parser<IntrusionDnsEvent> parser() {
        return new DnsEventsParser();
    }

    @Override
    public Checker<IntrusionDnsEvent> checker() {
        return new DnsEventsChecker();
    }

    @Override
    public TimelineMapper<IntrusionDnsEvent> timeline() {
        return (event, out) -> {
            if (event.time() != null) {
                out.accept(new TimelineEvent(event.time(), NAME, "dns_query", "DNS look-up of " + event.hostname()
                        + (event.packageName() == null ? "" : " by " + event.packageName())
                        + (event.ipAddresses().isEmpty() ? "" : " → " + String.join(", ", event.ipAddresses()))));
            }
        };
    }

    @Override
    public UrlExtractor<IntrusionDnsEvent> urls() {
        return (event, out) -> out.accept(new UrlRecord(event.hostname(), event.time(), URL_SOURCE));
    }
}
