package org.spyglass.core.module;

import java.util.function.Consumer;

/**
 * Lists the process names a record carries, for the run-wide {@code processes.json}. It extracts only: it never
 * matches indicators and never judges. Called once per record on the module's thread.
 *
 * @param <R> the record type
 */
@FunctionalInterface
public interface ProcessExtractor<R extends Record> {
    /** Sends every sighting of a process name in {@code record} to {@code out}; none when it names no process. */
    void processes(R record, Consumer<ProcessSighting> out);
}
