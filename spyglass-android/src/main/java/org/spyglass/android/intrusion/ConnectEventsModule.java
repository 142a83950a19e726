package org.spyglass.android.intrusion;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * Outgoing connections of Android intrusion logs ({@code connect_event}): addresses matched as IPs, apps as app ids.
 * Times are Unix epoch milliseconds, so UTC whatever the device's time zone.
 */
public final class ConnectEventsModule extends AbstractModule<IntrusionConnectEvent> {
    public static final String NAME = "intrusion_connect";

    public ConnectEventsModule() {
        super(NAME, IntrusionConnectEvent.class, "Outgoing connections of Android intrusion logs (connect_event): "
                + "addresses and apps matched", Set.of(SourceKind.ANDROID_INTRUSION_LOGS),
                List.of(IntrusionLogSource.EVERY_FILE));
    }

    @Override
    public Parser<IntrusionConnectEvent> parser() {
        return new ConnectEventsParser();
    }

    @Override
    public Checker<IntrusionConnectEvent> checker() {
        return new ConnectEventsChecker();
    }

    @Override
    public TimelineMapper<IntrusionConnectEvent> timeline() {
        return (event, out) -> {
            if (event.time() != null) {
                out.accept(new TimelineEvent(event.time(), NAME, "network_connection", "Connection to "
                        + event.ipAddress() + (event.port() == null ? "" : ":" + event.port())
                        + (event.packageName() == null ? "" : " by " + event.packageName())));
            }
        };
    }
}
