package org.spyglass.core.module;

import java.io.IOException;
import java.sql.SQLException;

/**
 * Extracts records from an artifact. A parser never prints, never matches indicators and never formats output: it
 * emits typed records and warnings through its context. Bad data is a {@link ParseContext#warn warning}; an
 * exception ends this module only, and the engine records it as failed.
 *
 * @param <R> the record type
 */
@FunctionalInterface
public interface Parser<R extends Record> {
    void parse(ParseContext<R> context) throws IOException, SQLException;
}
