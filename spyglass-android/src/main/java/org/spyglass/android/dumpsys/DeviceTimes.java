package org.spyglass.android.dumpsys;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.spyglass.android.bugreport.DumpstateFacts;
import org.spyglass.core.source.Source;

/** The device's time zone, which turns the device-local times Android prints into UTC. */
public final class DeviceTimes {
    /** The device facts key of the sentence saying how the run's Android times are based ({@link #basis}). */
    public static final String TIME_BASIS = "time_basis";

    private DeviceTimes() {
    }

    /**
     * The sentence for {@link #TIME_BASIS}: whether device-local wall-clock times are converted to UTC with the
     * given zone id ({@code persist.sys.timezone}, null when missing), or written as if they were UTC.
     */
    public static String basis(String zoneId) {
        if (zoneId != null) {
            try {
                return "device-local times converted to UTC with the device's time zone " + ZoneId.of(zoneId);
            } catch (DateTimeException e) {
                return "device-local times written as if they were UTC: the device's time zone \"" + zoneId
                        + "\" is not a zone id";
            }
        }
        return "device-local times written as if they were UTC: the device's time zone is unknown (no "
                + "persist.sys.timezone)";
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
