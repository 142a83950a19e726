package org.spyglass.core.ioc.load;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One equality comparison of a STIX pattern, such as {@code file:hashes.'SHA-256' = 'ab…'}.
 *
 * @param objectType the object type, lower case ({@code file})
 * @param path       the property path after the colon, one element per component, quotes removed
 *                   ({@code [hashes, SHA-256]}); list indexes are kept as {@code [*]} or {@code [0]}
 * @param value      the compared value with its escapes resolved
 */
public record StixComparison(String objectType, List<String> path, String value) {
    public StixComparison {
        Objects.requireNonNull(objectType, "objectType");
        path = List.copyOf(path);
        Objects.requireNonNull(value, "value");
        objectType = objectType.toLowerCase(Locale.ROOT);
    }

    /** The object path as written in STIX, e.g. {@code file:hashes.SHA-256}. */
    public String objectPath() {
        return objectType + ":" + String.join(".", path);
    }
}
