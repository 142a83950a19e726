package org.spyglass.cli.check;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.spyglass.core.module.Alert;
import org.spyglass.core.run.ModuleResult;
import org.spyglass.core.run.RunListener;

/**
 * Prints one line per module to stderr as the check goes, and keeps the first severe alerts for the summary.
 * Called from the module threads.
 */
final class TerminalProgress implements RunListener {
    static final int MAX_SHOWN_ALERTS = 20;

    private final PrintWriter err;
    private final List<Alert> severe = new ArrayList<>();
    private final AtomicLong severeCount = new AtomicLong();

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(String module, long records) {
        err.printf(Locale.ROOT, "  %s: %,d records...%n", module, records);
        err.flush();
    }

    /** One line per module that had something to read; absent and skipped modules are summed up at the end. */
    @Override
    public synchronized void moduleFinished(ModuleResult result) {
        String line = switch (result.status()) {
            case RAN -> String.format(Locale.ROOT, "%,d records, %,d alerts%s", result.records(), result.alertCount(),
                    result.warnings() == 0 ? "" : String.format(Locale.ROOT, ", %,d warnings", result.warnings()));
            case FAILED -> "FAILED: " + result.reason();
            case INTERRUPTED -> "interrupted";
            case ABSENT, SKIPPED -> null;
        };
        if (line != null) {
            err.printf(Locale.ROOT, "  %-32s %s%n", result.name(), line);
            err.flush();
        }
    }

    @Override
    public void alert(Alert alert) {
        if (!alert.level().isSevere()) {
            return;
        }
        severeCount.incrementAndGet();
        synchronized (this) {
            if (severe.size() < MAX_SHOWN_ALERTS) {
                severe.add(alert);
            }
        }
    }

    synchronized List<Alert> severeAlerts() {
        return List.copyOf(severe);
    }

    long severeAlertCount() {
        return severeCount.get();
    }
}
