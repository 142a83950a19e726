package org.spyglass.core.module;

import java.util.function.Consumer;

/**
 * Lists the URLs a record carries.
 *
 * @param <R> the record type
 */
@FunctionalInterface
public interface UrlExtractor<R extends Record> {
    void urls(R record, Consumer<UrlRecord> out);
}
