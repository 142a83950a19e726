package org.spyglass.cli.check;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.module.Alert;
import org.spyglass.core.run.ModuleResult;
import org.spyglass.core.run.ModuleResult.Status;
import org.spyglass.core.run.RunSummary;

/**
 * The few lines that end a check on the terminal: indicators used, modules run, alerts by level, the severe alerts,
 * the verdict and where the results are.
 */
final class TerminalSummary {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final PrintWriter out;

    TerminalSummary(PrintWriter out) {
        this.out = out;
    }

    void print(RunSummary summary, List<Alert> severeAlerts, long severeCount) {
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
        out.println("Verdict: " + summary.verdictSentence());
        out.println("Results: " + summary.output() + " (summary.json, alerts.json, timeline.csv)");
        out.flush();
    }

    private void printAlert(Alert alert, int moduleWidth) {
        String when = alert.eventTime() == null ? "" : TIME.format(alert.eventTime()) + " UTC  ";
        out.printf(Locale.ROOT, "  %-8s %-" + moduleWidth + "s  %s%s%n", alert.level(), alert.module(), when,
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
        List<Level> order = List.of(Level.CRITICAL, Level.HIGH, Level.MEDIUM, Level.LOW, Level.INFORMATIONAL);
        return order.stream()
                .map(l -> String.format(Locale.ROOT, "%,d %s", summary.alerts().byLevel().get(l), l))
                .collect(Collectors.joining(", "));
    }
}
