package org.spyglass.core.plist;

/** A property list that cannot be read or decoded: malformed, too large, too deep, or of an unexpected shape. */
public final class PlistException extends Exception {
    private static final long serialVersionUID = 1L;

    public PlistException(String message) {
        super(message);
    }

    public PlistException(String message, Throwable cause) {
        super(message, cause);
    }
}
