package org.spyglass.core.ioc;

import java.util.List;
import java.util.Objects;

/**
 * One normalised indicator value with every place it came from. Two files naming the same value of the same type
 * give one indicator with two provenances.
 *
 * @param type       the kind of value
 * @param value      the normalised value (lower-case host, punycode, canonical IP, lower-case hash, …)
 * @param provenance every source, at least one, in load order
 */
public record Indicator(IndicatorType type, String value, List<Provenance> provenance) {
    public Indicator {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        provenance = List.copyOf(provenance);
        if (provenance.isEmpty()) {
            throw new IllegalArgumentException("an indicator needs at least one provenance: " + value);
        }
    }
}
