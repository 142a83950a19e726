package org.spyglass.android.ab;

import java.io.IOException;

/** The file is not a readable Android backup; the message completes "The backup ... cannot be read: ". */
public final class AbFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public AbFormatException(String message) {
        super(message);
    }

    public AbFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
