package org.spyglass.core;

/** What to do with the cause of a failure that another thread ran into ({@code ExecutionException#getCause()}). */
public final class Throwables {
    private Throwables() {
    }

    /**
     * Throws {@code cause} as it was thrown when it is unchecked (a {@link RuntimeException} or an {@link Error}), so
     * that a failure in a worker thread reaches the caller unchanged; otherwise returns it, for the caller to wrap in
     * a checked exception of its own.
     */
    public static Throwable throwIfUnchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return cause;
    }
}
