package org.spyglass.core.run;

import java.time.Instant;

/** A test record: a visit to a host, with a camelCase component to check snake_case output. */
public record Visit(long number, String host, Instant visitedAt) {
}
