package org.spyglass.ios.process;

import java.util.Locale;
import java.util.Objects;

/**
 * A process name spelled almost like a genuine iOS program.
 *
 * @param name     the observed name (its last path component)
 * @param daemon   the genuine iOS program it resembles or imitates
 * @param distance how many characters differ (added, dropped, changed or swapped)
 * @param basis    how the resemblance was established
 */
public record Lookalike(String name, String daemon, int distance, Basis basis) {

    /** How a lookalike was recognised. */
    public enum Basis {
        /** A Pegasus process name whose twin the embedded table gives. */
        PEGASUS_TWIN,
        /** A Pegasus process name without a certain twin, within edit distance of a genuine name. */
        PEGASUS_NAME,
        /** Any other name within edit distance of a genuine name. */
        SPELLING
    }

    public Lookalike {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(daemon, "daemon");
        Objects.requireNonNull(basis, "basis");
        if (distance < 1) {
            throw new IllegalArgumentException("a lookalike differs from its daemon: " + name);
        }
    }

    /**
     * The words an alert puts after the name, e.g. {@code imitates the iOS daemon "launchd" (2 characters differ; a
     * Pegasus process name)} or {@code is spelled almost like the iOS daemon "notifyd" (1 character differs)}.
     */
    public String describe() {
        String verb = basis == Basis.PEGASUS_TWIN ? "imitates" : "is spelled almost like";
        String differ = distance == 1 ? "1 character differs"
                : String.format(Locale.ROOT, "%d characters differ", distance);
        return verb + " the iOS daemon \"" + daemon + "\" (" + differ
                + (basis == Basis.SPELLING ? "" : "; a Pegasus process name") + ")";
    }
}
