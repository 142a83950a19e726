package org.spyglass.cli.check;

import java.io.PrintWriter;
import org.spyglass.core.module.Warning;

/**
 * Where a check talks to the person running it: stderr for progress and notes, stdout for the summary. Quiet shows
 * only the verdict and errors; verbose adds the run's warnings and a line per module. On a live terminal, progress
 * is one line rewritten in place ({@code \r}) and the summary may be coloured (ANSI), unless {@code NO_COLOR} is set.
 */
public final class Terminal {
    /** How much to say. */
    public enum Verbosity { QUIET, NORMAL, VERBOSE }

    private static final String CLEAR_LINE = "\u001b[K";

    private final PrintWriter out;
    private final PrintWriter err;
    private final Verbosity verbosity;
    private final boolean live;
    private final boolean colour;
    private boolean statusShown;

    Terminal(PrintWriter out, PrintWriter err, Verbosity verbosity, boolean live, boolean colour) {
        this.out = out;
        this.err = err;
        this.verbosity = verbosity;
        this.live = live;
        this.colour = colour;
    }

    PrintWriter out() {
        return out;
    }

    boolean quiet() {
        return verbosity == Verbosity.QUIET;
    }

    boolean verbose() {
        return verbosity == Verbosity.VERBOSE;
    }

    /** Whether progress is shown as one line updated in place. */
    boolean live() {
        return live;
    }

    /** A note on stderr, unless quiet. */
    public synchronized void info(String line) {
        if (!quiet()) {
            printLine(line);
        }
    }

    /** A line on stderr that even quiet shows: an error or an incomplete result. */
    public synchronized void error(String line) {
        printLine(line);
    }

    /** A note on stderr in verbose mode only. */
    synchronized void detail(String line) {
        if (verbose()) {
            printLine(line);
        }
    }

    /** A warning about the command's own input (an indicator file): shown unless quiet. */
    public synchronized void warning(Warning warning) {
        info("warning: " + warning.location() + ": " + warning.message());
    }

    /** A warning of the run (a module's): shown in verbose mode; otherwise counted in the summary. */
    synchronized void runWarning(Warning warning) {
        detail("warning: " + warning.module() + ": " + warning.location() + ": " + warning.message());
    }

    /** Replaces the live status line; nothing when the terminal is not live or the run is quiet. */
    synchronized void status(String line) {
        if (live && !quiet()) {
            err.print("\r" + line + CLEAR_LINE);
            err.flush();
            statusShown = true;
        }
    }

    /** Removes the live status line, so what follows starts on a clean line. */
    public synchronized void endStatus() {
        if (statusShown) {
            err.print("\r" + CLEAR_LINE);
            err.flush();
            statusShown = false;
        }
    }

    /** {@code text} in the ANSI style {@code sgr} (such as {@code "1;31"}) when colours are on. */
    String paint(String text, String sgr) {
        return colour ? "\u001b[" + sgr + "m" + text + "\u001b[0m" : text;
    }

    private void printLine(String line) {
        endStatus();
        err.println(line);
        err.flush();
    }
}
