package org.spyglass.ios.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.function.Consumer;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** One event per row with a time, named after the database ({@code trust_analytics}, as MVT); the plist as JSON. */
final class AnalyticsTimeline implements TimelineMapper<AnalyticsRecord> {
    static final int MAX_DESCRIPTION = 2000;

    @Override
    public void map(AnalyticsRecord record, Consumer<TimelineEvent> out) {
        if (record.isodate() == null) {
            return;
        }
        String data;
        try {
            data = Json.mapper().writeValueAsString(record.data());
        } catch (JsonProcessingException e) {
            data = String.valueOf(record.data());
        }
        String description = record.table() + ": " + data;
        if (description.length() > MAX_DESCRIPTION) {
            description = description.substring(0, MAX_DESCRIPTION) + "…";
        }
        out.accept(new TimelineEvent(record.isodate(), AnalyticsModule.NAME, record.artifact(), description));
    }
}
