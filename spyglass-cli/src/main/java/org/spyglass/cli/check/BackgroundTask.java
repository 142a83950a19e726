package org.spyglass.cli.check;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.spyglass.core.Throwables;

/**
 * Work started on a daemon thread of its own while the caller does something else (the indicators load while the
 * evidence opens); {@link #join} gives its result or throws what it threw, unwrapped.
 *
 * @param <T> the result
 */
final class BackgroundTask<T> {
    private final CompletableFuture<T> future = new CompletableFuture<>();

    private BackgroundTask() {
    }

    static <T> BackgroundTask<T> start(String threadName, Supplier<T> work) {
        BackgroundTask<T> task = new BackgroundTask<>();
        Thread thread = new Thread(() -> {
            try {
                task.future.complete(work.get());
            } catch (Throwable t) {
                task.future.completeExceptionally(t);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** Waits for the result; a failure of the work is thrown as it was thrown. */
    T join() {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwables.throwIfUnchecked(e.getCause());
            throw e;
        }
    }

    /** Waits for the work to end and tells whether it failed (the failure is then thrown by {@link #join}). */
    boolean failed() {
        try {
            future.join();
            return false;
        } catch (CompletionException e) {
            return true;
        }
    }
}
