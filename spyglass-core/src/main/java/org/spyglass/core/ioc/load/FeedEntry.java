package org.spyglass.core.ioc.load;

import java.util.Objects;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;

/**
 * One indicator as read from one file, before merging with the same value from other files.
 *
 * @param type       the indicator type (after normalisation: an IP written as a domain name is an IP)
 * @param value      the normalised value
 * @param provenance where it was read
 */
public record FeedEntry(IndicatorType type, String value, Provenance provenance) {
    public FeedEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }
}
