package org.spyglass.android;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of {@code getprop} output, {@code [name]: [value]}; the value may be empty. Shared by the source (for
 * the device facts) and the getprop module.
 *
 * @param name  the property name, never blank
 * @param value the value, possibly empty
 */
public record GetPropLine(String name, String value) {
    public GetPropLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a property name must not be blank");
        }
    }

    /** The property a line holds, or empty when the line is not {@code [name]: [value]}. */
    public static Optional<GetPropLine> parse(String line) {
        String stripped = line.strip();
        int close = stripped.indexOf("]: [");
        if (!stripped.startsWith("[") || !stripped.endsWith("]") || close < 2) {
            return Optional.empty();
        }
        String name = stripped.substring(1, close);
        if (name.isBlank() || name.contains("]")) {
            return Optional.empty();
        }
        return Optional.of(new GetPropLine(name, stripped.substring(close + 4, stripped.length() - 1)));
    }
}
