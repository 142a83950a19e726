package org.spyglass.cli;

import java.io.PrintWriter;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import picocli.CommandLine;

/**
 * Turns what escapes a command into one sentence and an exit code. A run-level problem is a
 * {@link SpyglassException}; anything else is a bug, reported in one line (the stack trace only with
 * {@code SPYGLASS_DEBUG=1}).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine,
                                        CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (error instanceof SpyglassException spyglass) {
            err.println("spyglass: " + spyglass.getMessage());
        } else {
            err.println("spyglass: internal error: " + describe(error)
                    + ". This is a bug in Spyglass; please report it with the command you ran"
                    + " (set SPYGLASS_DEBUG=1 to print the details).");
        }
        if ("1".equals(System.getenv("SPYGLASS_DEBUG"))) {
            error.printStackTrace(err);
        }
        err.flush();
        return exitCode(error);
    }

    static int exitCode(Throwable error) {
        if (error instanceof SpyglassException spyglass) {
            return spyglass.exitCode().code();
        }
        return ExitCode.INTERNAL_ERROR.code();
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
