package org.spyglass.core.sqlite;

/**
 * The file cannot be read as an SQLite database: it is not one, it is encrypted, or it is damaged beyond opening.
 * A parser turns this into a warning; {@link #getMessage()} is one sentence naming the file and the reason.
 */
public final class UnreadableDatabaseException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
