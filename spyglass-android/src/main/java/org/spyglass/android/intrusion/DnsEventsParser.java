package org.spyglass.android.intrusion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.time.Times;

/** Reads every {@code dns_event}; an event without hostname is counted in one warning per file and skipped. */
final class DnsEventsParser implements Parser<IntrusionDnsEvent> {

    @Override
    public void parse(ParseContext<IntrusionDnsEvent> context) {
        MissingFields missing = new MissingFields(context, IntrusionLine.DNS, "hostname");
        IntrusionEvents.read(context, IntrusionLine.DNS, (event, file, line) -> {
            JsonNode body = event.body();
            String hostname = IntrusionEvents.text(body, "hostname");
            if (hostname == null) {
                missing.add(file, line);
                return;
            }
            List<String> addresses = new ArrayList<>();
            JsonNode ips = body.get("ip_addresses");
            if (ips != null && ips.isArray()) {
                ips.forEach(ip -> {
                    String address = IntrusionEvents.address(ip.isTextual() ? ip.asText() : null);
                    if (address != null) {
                        addresses.add(address);
                    }
                });
            }
            Long eventTime = event.envelopeNumber(IntrusionLine.EVENT_TIME);
            context.emit(new IntrusionDnsEvent(Times.fromUnixMillis(eventTime), eventTime,
                    hostname.toLowerCase(Locale.ROOT), addresses, IntrusionEvents.text(body, "package_name"), file,
                    line));
        });
        missing.report();
    }
}
