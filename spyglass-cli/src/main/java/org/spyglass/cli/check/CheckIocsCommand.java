package org.spyglass.cli.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.spyglass.cli.feeds.FeedResolver;
import org.spyglass.cli.feeds.ResolvedIndicators;
import org.spyglass.cli.secrets.ArgumentRedaction;
import org.spyglass.core.ExitCode;
import org.spyglass.core.run.ModuleRegistry;
import org.spyglass.core.run.Recheck;
import org.spyglass.core.run.RecheckRequest;
import org.spyglass.core.run.RunSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spyglass check-iocs RESULTS_DIR}: MVT's command of that name, for any kind of evidence. */
@Command(name = "check-iocs", mixinStandardHelpOptions = true,
        description = {"Check the results of an earlier check again against new indicators, without the evidence.",
            "Each module's records (<module>.json) are judged again by its checker, so indicator and heuristic "
                    + "alerts are those a fresh check would raise (a module whose records cannot be read back keeps "
                    + "its saved alerts, with a warning). The new alerts, alerts_timeline.csv, processes.json, the "
                    + "STIX and MISP exports, summary.json, info.json and report.html replace the old ones (each "
                    + "file replaced atomically), in RESULTS_DIR or in --output.",
            "The results of evidence nested in the evidence (an AndroidQF acquisition's bugreport.zip, backup.ab, "
                    + "intrusion_logs) are checked again too, in their sub-folders, and count in the main verdict "
                    + "as they did in the check."})
public final class CheckIocsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RESULTS_DIR", description = "The results folder of an earlier check.")
    Path results;

    @Option(names = {"-i", "--iocs"}, paramLabel = "FILE",
            description = "An indicator file or folder (STIX 2.1 bundle, stalkerware ioc.yaml); repeatable. "
                    + "Added to the bundled feeds, the downloaded ones (spyglass iocs update), "
                    + "SPYGLASS_IOCS and MVT_STIX2.")
    List<Path> iocs = new ArrayList<>();

    @Option(names = "--no-default-iocs",
            description = "Do not load the bundled and downloaded feeds: use only --iocs, SPYGLASS_IOCS and MVT_STIX2.")
    boolean noDefaultIocs;

    @Option(names = "--no-indicator-cache",
            description = "Parse every indicator file instead of reading the compiled set kept from an earlier run "
                    + "with the same files (by SHA-256) in $SPYGLASS_CACHE_DIR, else $XDG_CACHE_HOME/spyglass/"
                    + "indicators, else ~/.cache/spyglass/indicators; nothing is written there either.")
    boolean noIndicatorCache;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write a complete copy of the results, checked again, to DIR instead of updating "
                    + "RESULTS_DIR in place.")
    Path output;

    @Option(names = "--pretty", description = "Indent the JSON outputs (compact by default).")
    boolean pretty;

    @CommandLine.Mixin
    TerminalOptions terminal;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        FeedResolver feeds = CheckRun.feeds(noIndicatorCache);
        ResolvedIndicators resolved = feeds.resolve(iocs, !noDefaultIocs);
        Terminal screen = terminal.open(commandLine.getOut(), commandLine.getErr());
        resolved.warnings().forEach(screen::warning);
        screen.info("Checking the results in " + results + " again with " + resolved.indicators().size()
                + " indicators...");
        TerminalProgress progress = new TerminalProgress(screen, 0);
        List<NestedRecheck.Saved> nested = NestedRecheck.read(results);
        List<String> arguments = ArgumentRedaction.redact(commandLine.getParseResult().originalArgs());
        RunSummary summary = new Recheck().run(new RecheckRequest(results, output, resolved.indicators(), pretty,
                arguments), ModuleRegistry.load(), progress);
        progress.done();
        CheckRun.logCache(summary.output(), resolved, screen);
        new TerminalSummary(screen).print(summary, progress.severeAlerts(), progress.severeAlertCount());
        ExitCode code = summary.exitCode();
        if (!nested.isEmpty()) {
            code = recheckNested(nested, summary, resolved, arguments, screen);
        }
        CheckRun.writeReport(summary, screen);
        return code.code();
    }

    /** Checks the nested checks' results again and adds them to the main summary.json; returns the combined code. */
    private ExitCode recheckNested(List<NestedRecheck.Saved> nested, RunSummary summary, ResolvedIndicators resolved,
                                   List<String> arguments, Terminal screen) {
        List<NestedResult> now = NestedRecheck.run(nested, results.toAbsolutePath(), output == null ? null
                : summary.output(), resolved.indicators(), pretty, arguments, screen);
        return now.isEmpty() ? summary.exitCode() : CheckRun.combineNested(summary.output(), now, pretty, screen);
    }
}
