package org.spyglass.android.dumpsys;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.spyglass.android.bugreport.DumpstateFacts;
import org.spyglass.core.source.Source;

/** The device's time zone, which turns the device-local times dumpsys prints into UTC. */
public final class DeviceTimes {
    private DeviceTimes() {
    }

    /**
     * The zone of the source's {@link DumpstateFacts#TIME_ZONE} fact ({@code persist.sys.timezone}), or null when it
     * is missing or not a zone id: times then stay device-local.
     */
    public static ZoneId zone(Source source) {
        String id = source.deviceInfo().get(DumpstateFacts.TIME_ZONE);
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
