package org.spyglass.android.dumpsys;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code [name]: [value]} line of getprop output.
 *
 * @param name  the property name
 * @param value the value as printed (may be empty)
 */
public record GetpropLine(String name, String value) {
    private static final Pattern LINE = Pattern.compile("^\\[([^\\]]+)\\]: \\[(.*)\\]$");

    public GetpropLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** The property a line holds, or empty when it is not a getprop line. */
    public static Optional<GetpropLine> parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        return m.matches() ? Optional.of(new GetpropLine(m.group(1), m.group(2))) : Optional.empty();
    }
}
