package org.spyglass.ios.osanalytics;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** MVT's {@code osanalytics_addaily} event, one per entry with a date. */
final class OsAnalyticsAdDailyTimeline implements TimelineMapper<NetUsageBaseline> {
    @Override
    public void map(NetUsageBaseline record, Consumer<TimelineEvent> out) {
        if (record.ts() != null) {
            out.accept(new TimelineEvent(record.ts(), OsAnalyticsAdDailyModule.NAME, "osanalytics_addaily",
                    record.process() + " WIFI IN: " + record.wifiIn() + ", WIFI OUT: " + record.wifiOut()
                            + " - WWAN IN: " + record.wwanIn() + ", WWAN OUT: " + record.wwanOut()));
        }
    }
}
