package org.spyglass.cli.check;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.module.Alert;
import org.spyglass.core.run.ModuleResult;
import org.spyglass.core.run.ModuleResult.Status;
import org.spyglass.core.run.RunSummary;

/**
 * The few lines that end a check on the terminal: indicators used, modules run, a table of the alerts by module and
 * level, the severe alerts, the verdict and where the results are. Quiet: the verdict line alone. Level counts and
 * the verdict are coloured when the terminal allows it.
 */
final class TerminalSummary {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final List<Level> LEVELS = List.of(Level.CRITICAL, Level.HIGH, Level.MEDIUM, Level.LOW,
            Level.INFORMATIONAL);

    private final Terminal terminal;
    private final PrintWriter out;

    TerminalSummary(Terminal terminal) {
        this.terminal = terminal;
        this.out = terminal.out();
    }

    void print(RunSummary summary, List<Alert> severeAlerts, long severeCount) {
        if (terminal.quiet()) {
            out.println("Verdict: " + verdict(summary));
            out.flush();
            return;
        }
        out.println();
        out.printf(Locale.ROOT, "Indicators used: %,d from %d files%s%n", summary.indicators().total(),
                summary.indicators().files().size(),
                summary.indicators().newest() == null ? "" : " (newest feed of "
                        + DAY.format(summary.indicators().newest()) + ")");
        out.println("Modules with records: " + modules(summary.modules()));
        if (summary.warningCount() > 0) {
            out.printf(Locale.ROOT, "Warnings: %,d (see summary.json and command.log)%n", summary.warningCount());
        }
        out.println("Alerts: " + levels(summary));
        table(summary);
        if (!severeAlerts.isEmpty()) {
            out.println();
            int width = severeAlerts.stream().mapToInt(a -> a.module().length()).max().orElse(0);
            severeAlerts.stream()
                    .sorted(Comparator.comparing((Alert a) -> a.level()).reversed()
                            .thenComparing(Alert::module))
                    .forEach(alert -> printAlert(alert, width));
            if (severeCount > severeAlerts.size()) {
                out.printf(Locale.ROOT, "  ... and %,d more in alerts.json%n", severeCount - severeAlerts.size());
            }
        }
        out.println();
        out.println("Verdict: " + verdict(summary));
        out.println("Results: " + summary.output() + " (open report.html; summary.json, alerts.json, timeline.csv)");
        out.flush();
    }

    private void printAlert(Alert alert, int moduleWidth) {
        String when = alert.eventTime() == null ? "" : TIME.format(alert.eventTime()) + " UTC  ";
        out.printf(Locale.ROOT, "  %s %-" + moduleWidth + "s  %s%s%n", level(alert.level(), 8), alert.module(), when,
                alert.message());
        for (IndicatorMatch match : alert.matches()) {
            Provenance first = match.indicator().provenance().get(0);
            out.printf(Locale.ROOT, "           indicator %s (%s) from %s%s%n", match.indicator().value(),
                    match.indicator().type().mvtBucket(),
                    first.malware() == null ? first.feed() : first.malware() + ", " + first.feed(),
                    match.indicator().provenance().size() > 1
                            ? " and " + (match.indicator().provenance().size() - 1) + " other source(s)" : "");
        }
    }

    /** The modules that read something, with their counts, then how many found nothing, were skipped or failed. */
    private static String modules(List<ModuleResult> modules) {
        String ran = modules.stream().filter(m -> m.status() == Status.RAN)
                .map(m -> String.format(Locale.ROOT, "%s (%,d)", m.name(), m.records()))
                .collect(Collectors.joining(", "));
        StringBuilder line = new StringBuilder(ran.isEmpty() ? "none ran" : ran);
        for (Status status : List.of(Status.ABSENT, Status.SKIPPED, Status.FAILED, Status.INTERRUPTED)) {
            List<String> names = modules.stream().filter(m -> m.status() == status).map(ModuleResult::name).toList();
            if (!names.isEmpty()) {
                line.append("; ").append(names.size()).append(' ').append(status.name().toLowerCase(Locale.ROOT));
                if (status == Status.FAILED || status == Status.INTERRUPTED) {
                    line.append(": ").append(String.join(", ", names));
                }
            }
        }
        return line.toString();
    }

    private static String levels(RunSummary summary) {
        return LEVELS.stream()
                .map(l -> String.format(Locale.ROOT, "%,d %s", summary.alerts().byLevel().get(l), l))
                .collect(Collectors.joining(", "));
    }

    /**
     * A table of the modules with alerts (every module that ran, when verbose), a column per level, and the total;
     * non-zero counts coloured by level.
     */
    private void table(RunSummary summary) {
        List<ModuleResult> rows = summary.modules().stream()
                .filter(m -> m.alertCount() > 0 || (terminal.verbose() && m.status() == Status.RAN))
                .toList();
        if (rows.isEmpty()) {
            return;
        }
        int width = Math.max(6, rows.stream().mapToInt(m -> m.name().length()).max().orElse(0));
        out.println();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s %10s", "Module",
                "Records"));
        LEVELS.forEach(l -> header.append(String.format(Locale.ROOT, " %13s", l.name())));
        out.println(terminal.paint(header.toString(), "1"));
        for (ModuleResult module : rows) {
            row(module.name(), module.records(), module.alerts(), width);
        }
        row("total", summary.modules().stream().mapToLong(ModuleResult::records).sum(),
                summary.alerts().byLevel(), width);
    }

    private void row(String name, long records, Map<Level, Long> alerts, int width) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s %,10d", name, records));
        for (Level level : LEVELS) {
            long count = alerts.getOrDefault(level, 0L);
            String cell = String.format(Locale.ROOT, " %,13d", count);
            line.append(count == 0 ? cell : terminal.paint(cell, style(level)));
        }
        out.println(line);
    }

    private String level(Level level, int width) {
        return terminal.paint(String.format(Locale.ROOT, "%-" + width + "s", level.name()), style(level));
    }

    private static String style(Level level) {
        return switch (level) {
            case CRITICAL -> "1;31";
            case HIGH -> "31";
            case MEDIUM -> "33";
            case LOW -> "36";
            case INFORMATIONAL -> "2";
        };
    }

    private String verdict(RunSummary summary) {
        return switch (summary.verdict()) {
            case SIGNS_OF_COMPROMISE -> terminal.paint(summary.verdictSentence(), "1;31");
            case SIGNS_OF_TARGETING, INCOMPLETE -> terminal.paint(summary.verdictSentence(), "1;33");
            case NO_MATCH -> terminal.paint(summary.verdictSentence(), "1");
        };
    }
}
