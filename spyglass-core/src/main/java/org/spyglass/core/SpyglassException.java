package org.spyglass.core;

/**
 * A run-level problem that stops the whole run. Its message is one sentence for the user: what went wrong, where,
 * and what to do next. The exit code says which kind of problem it is.
 */
public class SpyglassException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ExitCode exitCode;

    public SpyglassException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public SpyglassException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    /** The input cannot be used (not a backup, unreadable, encrypted, bad indicator file given explicitly). */
    public static SpyglassException input(String message) {
        return new SpyglassException(ExitCode.INPUT_ERROR, message);
    }

    public static SpyglassException input(String message, Throwable cause) {
        return new SpyglassException(ExitCode.INPUT_ERROR, message, cause);
    }

    /** The results cannot be written. */
    public static SpyglassException output(String message, Throwable cause) {
        return new SpyglassException(ExitCode.OUTPUT_ERROR, message, cause);
    }

    /** The command line is wrong. */
    public static SpyglassException usage(String message) {
        return new SpyglassException(ExitCode.USAGE, message);
    }
}
