package org.spyglass.cli.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.Warning;
import org.spyglass.core.progress.WorkProgress;
import org.spyglass.core.run.ModuleResult;
import org.spyglass.core.run.RunListener;

/**
 * Shows how a check goes and keeps the first severe alerts for the summary. On a live terminal: one line updated in
 * place with the modules done out of all, the records read and the records per second, and the modules running.
 * Otherwise: a plain line per module that had something to read (and, verbose, per module started, absent or
 * skipped, and per warning). Hashing every file ({@code --hashes}) is shown by a {@link WorkProgressDisplay}. Called
 * from the module threads.
 */
final class TerminalProgress implements RunListener {
    static final int MAX_SHOWN_ALERTS = 20;

    private final Terminal terminal;
    private final int totalModules;
    private final long startNanos = System.nanoTime();
    private final WorkProgressDisplay work;
    private final Map<String, Long> running = new LinkedHashMap<>();
    private final List<Alert> severe = new ArrayList<>();
    private final AtomicLong severeCount = new AtomicLong();
    private long recordsDone;
    private int modulesDone;

    /** @param totalModules the modules the run will report on, for "done out of all"; 0 when not known */
    TerminalProgress(Terminal terminal, int totalModules) {
        this.terminal = terminal;
        this.totalModules = totalModules;
        this.work = new WorkProgressDisplay(terminal);
    }

    @Override
    public synchronized void moduleStarted(String module) {
        running.put(module, 0L);
        terminal.detail(String.format(Locale.ROOT, "  %-32s started", module));
        render();
    }

    @Override
    public synchronized void progress(String module, long records) {
        running.put(module, records);
        if (!terminal.live()) {
            terminal.info(String.format(Locale.ROOT, "  %s: %,d records...", module, records));
        }
        render();
    }

    /** One line per module that had something to read; absent and skipped ones only when verbose. */
    @Override
    public synchronized void moduleFinished(ModuleResult result) {
        running.remove(result.name());
        modulesDone++;
        recordsDone += result.records();
        String line = switch (result.status()) {
            case RAN -> String.format(Locale.ROOT, "%,d records, %,d alerts%s", result.records(), result.alertCount(),
                    result.warnings() == 0 ? "" : String.format(Locale.ROOT, ", %,d warnings", result.warnings()));
            case FAILED -> "FAILED: " + result.reason();
            case INTERRUPTED -> "interrupted";
            case ABSENT, SKIPPED -> null;
        };
        String shown = String.format(Locale.ROOT, "  %-32s %s", result.name(),
                line == null ? result.status().name().toLowerCase(Locale.ROOT) : line);
        if (line != null && !terminal.live()) {
            terminal.info(shown);
        } else {
            terminal.detail(shown);
        }
        render();
    }

    /** Hashing the whole evidence, after the modules: shown by {@link WorkProgressDisplay}. */
    @Override
    public void work(WorkProgress progress) {
        work.progress(progress);
    }

    @Override
    public void warning(Warning warning) {
        terminal.runWarning(warning);
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

    /** Ends the live line; call once the run is over. */
    synchronized void done() {
        terminal.endStatus();
    }

    /** The live line: {@code [3/40 modules] 1,234 records (617 records/s) sms, safari_history}. */
    synchronized String statusLine() {
        long records = recordsDone + running.values().stream().mapToLong(Long::longValue).sum();
        double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 1e-3);
        String modules = totalModules > 0 ? modulesDone + "/" + totalModules : Integer.toString(modulesDone);
        return String.format(Locale.ROOT, "[%s modules] %,d records (%,.0f records/s)%s", modules, records,
                records / seconds,
                running.isEmpty() ? "" : " " + String.join(", ", running.keySet()));
    }

    private void render() {
        if (terminal.live()) {
            terminal.status(statusLine());
        }
    }

    synchronized List<Alert> severeAlerts() {
        return List.copyOf(severe);
    }

    long severeAlertCount() {
        return severeCount.get();
    }
}
