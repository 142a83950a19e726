package org.spyglass.android.intrusion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.spyglass.core.json.Json;

/**
 * One line of an Android intrusion log: a JSON object holding one event under its type key
 * ({@code {"dns_event": {...}}}, {@code {"connect_event": {...}}}, {@code {"security_event": {...}}}). Envelope keys
 * ({@value #EVENT_ID}, {@value #EVENT_TIME}, {@code event_type}, {@code timestamp}) may sit beside the type key, in
 * any order; they are never taken for the type.
 *
 * @param type the event type key
 * @param body the event's object (empty when the value is not an object)
 * @param line the whole line as read, for envelope keys written beside the type
 */
record IntrusionLine(String type, ObjectNode body, ObjectNode line) {
    static final String DNS = "dns_event";
    static final String CONNECT = "connect_event";
    static final String SECURITY = "security_event";
    static final Set<String> TYPES = Set.of(DNS, CONNECT, SECURITY);
    static final String EVENT_ID = "event_id";
    static final String EVENT_TIME = "event_time";
    /** Keys that describe an event rather than name its type or tag. */
    static final Set<String> ENVELOPE = Set.of(EVENT_ID, EVENT_TIME, "event_type", "timestamp");

    IntrusionLine {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(line, "line");
    }

    /**
     * The event a line holds, or empty when the line is not a JSON object with a type key (a line cut in half, text
     * that is not JSON, a line of envelope keys only).
     */
    static Optional<IntrusionLine> parse(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("{")) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(trimmed);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (!(node instanceof ObjectNode object)) {
            return Optional.empty();
        }
        return firstKey(object).map(type -> new IntrusionLine(type, object.get(type) instanceof ObjectNode body
                ? body : Json.mapper().createObjectNode(), object));
    }

    /** The first key of an object that is not an envelope key. */
    static Optional<String> firstKey(ObjectNode object) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ENVELOPE.contains(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** A whole-number envelope value ({@value #EVENT_TIME}, {@value #EVENT_ID}) from the event, else the line. */
    Long envelopeNumber(String key) {
        Long value = IntrusionEvents.number(body, key);
        return value != null ? value : IntrusionEvents.number(line, key);
    }
}
