package org.spyglass.android.intrusion;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.time.Times;

/**
 * Reads every {@code security_event}: its tag is the first key that is not an envelope key ({@code event_id} may come
 * first); an event without tag is counted in one warning per file and skipped.
 */
final class SecurityEventsParser implements Parser<IntrusionSecurityEvent> {
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };
    private static final Set<String> PROCESS_TAGS = Set.of("app_process_start");

    @Override
    public void parse(ParseContext<IntrusionSecurityEvent> context) {
        MissingFields missing = new MissingFields(context, IntrusionLine.SECURITY, "a tag");
        IntrusionEvents.read(context, IntrusionLine.SECURITY, (event, file, line) -> {
            Optional<String> tag = IntrusionLine.firstKey(event.body());
            if (tag.isEmpty()) {
                missing.add(file, line);
                return;
            }
            JsonNode payload = event.body().get(tag.get());
            Map<String, Object> data = new LinkedHashMap<>();
            if (payload != null && payload.isObject()) {
                data.putAll(Json.mapper().convertValue(payload, MAP));
            } else if (payload != null && !payload.isNull()) {
                data.put("value", Json.mapper().convertValue(payload, Object.class));
            }
            Long eventTime = event.envelopeNumber(IntrusionLine.EVENT_TIME);
            String app = PROCESS_TAGS.contains(tag.get()) ? IntrusionEvents.text(payload, "process")
                    : IntrusionEvents.text(payload, "package_name");
            context.emit(new IntrusionSecurityEvent(Times.fromUnixNanos(eventTime), eventTime,
                    event.envelopeNumber(IntrusionLine.EVENT_ID), tag.get(), data, app, file, line));
        });
        missing.report();
    }
}
