package org.spyglass.android.intrusion;

import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.time.Times;

/**
 * Reads every {@code connect_event}; an event without address is counted in one warning per file and skipped, a port
 * out of range is dropped.
 */
final class ConnectEventsParser implements Parser<IntrusionConnectEvent> {

    @Override
    public void parse(ParseContext<IntrusionConnectEvent> context) {
        MissingFields missing = new MissingFields(context, IntrusionLine.CONNECT, "ip_address");
        IntrusionEvents.read(context, IntrusionLine.CONNECT, (event, file, line) -> {
            String address = IntrusionEvents.address(IntrusionEvents.text(event.body(), "ip_address"));
            if (address == null) {
                missing.add(file, line);
                return;
            }
            Long port = IntrusionEvents.number(event.body(), "port");
            Long eventTime = event.envelopeNumber(IntrusionLine.EVENT_TIME);
            context.emit(new IntrusionConnectEvent(Times.fromUnixMillis(eventTime), eventTime, address,
                    port == null || port < 0 || port > 65_535 ? null : port.intValue(),
                    IntrusionEvents.text(event.body(), "package_name"), file, line));
        });
        missing.report();
    }
}
