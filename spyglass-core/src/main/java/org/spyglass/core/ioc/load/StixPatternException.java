package org.spyglass.core.ioc.load;

/** A STIX pattern that cannot be read or cannot be matched against single values; the message says why. */
public final class StixPatternException extends Exception {
    private static final long serialVersionUID = 1L;

    public StixPatternException(String message) {
        super(message);
    }
}
