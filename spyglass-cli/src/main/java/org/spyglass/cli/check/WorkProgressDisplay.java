package org.spyglass.cli.check;

import java.util.Locale;
import org.spyglass.core.progress.ProgressListener;
import org.spyglass.core.progress.WorkProgress;

/**
 * Shows a long task (hashing, decrypting) on the terminal. Live: the status line, redrawn when the shown percentage
 * changes, and one plain line when the task ends. Not live: a few plain lines, at the start, at each quarter and at
 * the end, never one per file. Quiet: nothing. Thread-safe.
 */
public final class WorkProgressDisplay implements ProgressListener {
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private final Terminal terminal;
    private String task;
    private int shownPercent;
    private int shownQuarter;
    private boolean ended;

    public WorkProgressDisplay(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public synchronized void progress(WorkProgress progress) {
        if (!progress.task().equals(task)) {
            task = progress.task();
            shownPercent = Integer.MIN_VALUE;
            shownQuarter = -1;
            ended = false;
        }
        if (ended) {
            return;
        }
        int percent = progress.percent();
        if (progress.finished()) {
            ended = true;
            terminal.info(line(progress));
        } else if (terminal.live()) {
            if (percent != shownPercent) {
                terminal.status(line(progress));
            }
        } else if (percent / 25 > shownQuarter || shownQuarter < 0) {
            shownQuarter = Math.max(0, percent / 25);
            terminal.info(line(progress));
        }
        shownPercent = percent;
    }

    /** {@code hashing: 42% (12 of 40 files, 1.2 MB of 3.0 MB)}; the parts not known are left out. */
    static String line(WorkProgress progress) {
        StringBuilder line = new StringBuilder(progress.task()).append(": ");
        if (progress.percent() >= 0) {
            line.append(progress.percent()).append("% (");
        } else {
            line.append('(');
        }
        line.append(String.format(Locale.ROOT, "%,d", progress.files()));
        if (progress.totalFiles() > 0) {
            line.append(String.format(Locale.ROOT, " of %,d", progress.totalFiles()));
        }
        line.append(" files");
        if (progress.bytes() > 0 || progress.totalBytes() > 0) {
            line.append(", ").append(size(progress.bytes()));
            if (progress.totalBytes() > 0) {
                line.append(" of ").append(size(progress.totalBytes()));
            }
        }
        return line.append(')').toString();
    }

    /** A byte count in the largest unit that keeps it at 1 or more, with one decimal above bytes. */
    static String size(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
