package org.spyglass.ios.datausage;

import java.util.Locale;
import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/**
 * {@code first_usage} and {@code current_usage} once per process, {@code live_usage} per live row. Relies on the
 * parser emitting a process's rows together.
 */
public final class DataUsageTimeline implements TimelineMapper<DataUsageRecord> {
    private final String module;
    private Long lastProcId;

    /** A timeline whose events are attributed to the database's module. */
    public DataUsageTimeline(UsageDatabase database) {
        this.module = database.module();
    }

    @Override
    public void map(DataUsageRecord record, Consumer<TimelineEvent> out) {
        String who = who(record);
        if (record.procId() != null && !record.procId().equals(lastProcId)) {
            lastProcId = record.procId();
            if (record.firstIsodate() != null) {
                out.accept(new TimelineEvent(record.firstIsodate(), module, "first_usage",
                        "First network usage recorded for " + who));
            }
            if (record.isodate() != null) {
                out.accept(new TimelineEvent(record.isodate(), module, "current_usage",
                        "Latest network usage recorded for " + who));
            }
        }
        if (record.liveId() != null && record.liveIsodate() != null) {
            out.accept(new TimelineEvent(record.liveIsodate(), module, "live_usage",
                    who + ": WIFI IN: " + bytes(record.wifiIn()) + ", WIFI OUT: " + bytes(record.wifiOut())
                            + " - WWAN IN: " + bytes(record.wwanIn()) + ", WWAN OUT: " + bytes(record.wwanOut())));
        }
    }

    private static String who(DataUsageRecord record) {
        if (record.procId() == null) {
            return "deleted process " + record.liveProcId();
        }
        String name = record.procName() == null ? "process " + record.procId() : record.procName();
        return record.bundleId() == null ? name : record.bundleId() + " / " + name;
    }

    /** A byte count as {@code %.0f} prints it, or "n/a". */
    static String bytes(Double value) {
        if (value == null) {
            return "n/a";
        }
        double v = value;
        // Byte counts are whole numbers: print those directly; a million rows pay no Formatter.
        boolean negativeZero = Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(-0.0);
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !negativeZero) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
