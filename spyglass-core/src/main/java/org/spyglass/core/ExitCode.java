package org.spyglass.core;

/**
 * Every exit code Spyglass uses, in one place. Documented in README.md ("Exit codes").
 */
public enum ExitCode {
    /** The check completed and raised no alert of level HIGH or above. Never means "clean". */
    COMPLETED(0),
    /** The check completed and raised at least one alert of level HIGH or above: expert review needed. */
    ALERTS(1),
    /** The command line was wrong: unknown option, missing argument, conflicting options. */
    USAGE(2),
    /** The input cannot be used: not a backup, unreadable, encrypted, wrong password, bad indicator file. */
    INPUT_ERROR(3),
    /** The results could not be written (output folder not creatable, disk full). */
    OUTPUT_ERROR(4),
    /** A network operation the user asked for (such as {@code iocs update}) failed. */
    NETWORK_ERROR(5),
    /** A bug in Spyglass: the run stopped unexpectedly. Please report it. */
    INTERNAL_ERROR(70),
    /** The run was interrupted (Ctrl-C). */
    INTERRUPTED(130);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
