package org.spyglass.core.module;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the timeline.
 *
 * @param timestamp   when, in UTC; never null (records without a time produce no event)
 * @param module      the module name (its slug)
 * @param event       a short event kind, MVT's where one exists ({@code sms_received}, {@code live_usage})
 * @param description a sentence for a person
 */
public record TimelineEvent(Instant timestamp, String module, String event, String description) {
    public TimelineEvent {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(description, "description");
    }
}
