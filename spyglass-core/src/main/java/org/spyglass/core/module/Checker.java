package org.spyglass.core.module;

/**
 * Judges records: matches their values against indicators and runs heuristics, raising alerts through the context.
 * It may keep per-run state (for heuristics that span records) and raise more alerts in {@link #finish}.
 *
 * @param <R> the record type
 */
@FunctionalInterface
public interface Checker<R extends Record> {

    void check(R record, CheckContext context);

    /** Called once after the last record. */
    default void finish(CheckContext context) {
    }
}
