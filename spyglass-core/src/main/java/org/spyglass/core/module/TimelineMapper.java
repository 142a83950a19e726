package org.spyglass.core.module;

import java.util.function.Consumer;

/**
 * Describes a record as zero or more timeline events.
 *
 * @param <R> the record type
 */
@FunctionalInterface
public interface TimelineMapper<R extends Record> {
    void map(R record, Consumer<TimelineEvent> out);
}
