package org.spyglass.cli.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.spyglass.cli.feeds.FeedResolver;
import org.spyglass.cli.feeds.ResolvedIndicators;
import org.spyglass.cli.secrets.ArgumentRedaction;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.ioc.cache.IndicatorCache;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.module.Warning;
import org.spyglass.core.output.CommandLog;
import org.spyglass.core.output.RunOutputs;
import org.spyglass.core.run.ModuleRegistry;
import org.spyglass.core.run.RunEngine;
import org.spyglass.core.run.RunRequest;
import org.spyglass.core.run.RunSummary;
import org.spyglass.core.source.Source;
import org.spyglass.core.source.SourceKind;
import org.spyglass.report.ReportWriter;
import org.spyglass.report.TimelineFeed;
import picocli.CommandLine;

/**
 * Runs one check from the command line: resolves the indicators, opens the evidence, runs the engine, prints the
 * summary and returns the exit code. Shared by every {@code check-*} command and by {@code demo}. The command line it
 * records (command.log, info.json) has the values of the password options hidden ({@link ArgumentRedaction}).
 */
public final class CheckRun {
    private static final DateTimeFormatter FOLDER_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Opens the evidence; throws {@link SpyglassException} when it is not usable. */
    @FunctionalInterface
    public interface SourceOpener {
        Source open(Path evidence) throws IOException;
    }

    /**
     * Checks evidence nested in the evidence (an AndroidQF acquisition's {@code bugreport.zip}), while its source is
     * still open, with further runs writing into sub-folders of the output.
     */
    @FunctionalInterface
    public interface NestedRuns {
        /** Runs the nested checks and returns what each came to (empty when the evidence holds none). */
        List<NestedResult> run(Source source, Path output) throws IOException;
    }

    private final String command;
    private final List<String> arguments;
    private final SourceKind kind;
    private final CheckOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final FeedResolver feeds;

    public CheckRun(String command, List<String> arguments, SourceKind kind, CheckOptions options,
                    PrintWriter out, PrintWriter err, FeedResolver feeds) {
        this.command = command;
        this.arguments = ArgumentRedaction.redact(arguments);
        this.kind = kind;
        this.options = options;
        this.out = out;
        this.err = err;
        this.feeds = feeds;
    }

    /**
     * A check run for a picocli command, with the command's own output streams, its arguments as typed and the
     * user's indicator feeds (bundled, downloaded, environment).
     */
    public static CheckRun of(String command, SourceKind kind, CheckOptions options, CommandLine commandLine) {
        return new CheckRun(command, commandLine.getParseResult().originalArgs(), kind, options, commandLine.getOut(),
                commandLine.getErr(), feeds(options.noIndicatorCache));
    }

    /** The user's feeds (bundled, downloaded, environment), with the indicator cache unless {@code noCache}. */
    static FeedResolver feeds(boolean noCache) {
        Map<String, String> env = System.getenv();
        return new FeedResolver(FeedResolver.defaultDataFolder(env), env,
                noCache ? null : IndicatorCache.defaultFolder(env));
    }

    /** Adds the line saying where the indicators came from (parsed or the cache) to the run's command.log. */
    static void logCache(Path folder, ResolvedIndicators resolved, Terminal terminal) {
        if (resolved.cache() == null) {
            return;
        }
        try (CommandLog log = CommandLog.append(folder.resolve(RunOutputs.COMMAND_LOG), Clock.systemUTC())) {
            log.info(resolved.cache());
        } catch (IOException e) {
            terminal.warning(new Warning("indicators", folder.resolve(RunOutputs.COMMAND_LOG).toString(),
                    "cannot add where the indicators came from (" + e.getMessage() + ")"));
        }
    }

    /** Prints the modules this command would run. */
    public int listModules() {
        ModuleRegistry registry = ModuleRegistry.load();
        for (ArtifactModule<?> module : registry.forKind(kind)) {
            out.printf(Locale.ROOT, "%-32s %s%n", module.name(), module.description());
        }
        out.flush();
        return ExitCode.COMPLETED.code();
    }

    /**
     * Checks the evidence and writes the results.
     *
     * @param evidence the evidence path as given
     * @param opener   opens it as a {@link Source}
     */
    public int run(Path evidence, SourceOpener opener) throws IOException {
        return run(evidence, opener, null);
    }

    /**
     * A run of this command's feeds, options and streams over evidence of another kind, writing into {@code output}:
     * the module selection keeps only the modules of that kind. Empty when a selection was given and none of it
     * applies to that kind (then nothing is to be run).
     */
    public Optional<CheckRun> nested(String nestedCommand, SourceKind nestedKind, Path output) {
        CheckOptions copy = new CheckOptions();
        copy.iocs = options.iocs;
        copy.noDefaultIocs = options.noDefaultIocs;
        copy.noIndicatorCache = options.noIndicatorCache;
        copy.output = output;
        copy.hashes = options.hashes;
        copy.pretty = options.pretty;
        copy.timesketch = options.timesketch;
        copy.threads = options.threads;
        Set<String> names = new LinkedHashSet<>();
        ModuleRegistry.load().forKind(nestedKind).forEach(module -> names.add(module.name()));
        copy.modules = options.modules.stream().filter(names::contains).toList();
        if (!options.modules.isEmpty() && copy.modules.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CheckRun(command + " (" + nestedCommand + ")", arguments, nestedKind, copy, out, err,
                feeds));
    }

    /**
     * Checks the evidence and writes the results, then runs {@code nested} (may be null) while the source is open.
     * The nested checks are added to {@code summary.json} ({@link NestedSummary}) before report.html is written; the
     * exit code is that of the main run, or ALERTS when only a nested run found something.
     */
    public int run(Path evidence, SourceOpener opener, NestedRuns nested) throws IOException {
        if (options.listModules) {
            return listModules();
        }
        BackgroundTask<ResolvedIndicators> loading = BackgroundTask.start("spyglass-indicators",
                () -> feeds.resolve(options.iocs, !options.noDefaultIocs));
        ModuleRegistry registry = ModuleRegistry.load();
        registry.checkSelection(kind, new LinkedHashSet<>(options.modules));
        List<ArtifactModule<?>> modules = registry.forKind(kind);
        Terminal terminal = options.terminal.open(out, err);
        RunEngine engine = new RunEngine();
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> interrupt(engine, done), "spyglass-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        int code;
        try {
            try (Source source = open(opener, evidence, loading)) {
                ResolvedIndicators resolved = loading.join();
                resolved.warnings().forEach(terminal::warning);
                Path output = options.output != null ? options.output : defaultOutput();
                RunRequest request = new RunRequest(command, arguments, evidence, output, resolved.indicators(),
                        new LinkedHashSet<>(options.modules), options.hashes, options.pretty, options.timesketch,
                        Math.max(1, options.threads));
                TerminalProgress progress = new TerminalProgress(terminal, modules.size());
                terminal.info("Checking " + evidence + " with " + resolved.indicators().size() + " indicators...");
                try (TimelineFeed timeline = new TimelineFeed(source.scratch())) {
                    RunSummary summary;
                    try {
                        summary = engine.run(request, source, modules, progress, timeline);
                    } finally {
                        progress.done();
                    }
                    logCache(summary.output(), resolved, terminal);
                    new TerminalSummary(terminal).print(summary, progress.severeAlerts(),
                            progress.severeAlertCount());
                    code = summary.exitCode().code();
                    if (nested != null && summary.exitCode() != ExitCode.INTERRUPTED) {
                        code = checkNested(nested, source, summary, terminal);
                    }
                    writeReport(summary, terminal, timeline);
                }
            }
        } finally {
            done.countDown();
            removeHook(hook);
        }
        return code;
    }

    /**
     * Opens the evidence while the indicators load; when both fail, the indicators' problem is the one reported, as
     * when they were loaded first.
     */
    private static Source open(SourceOpener opener, Path evidence, BackgroundTask<ResolvedIndicators> loading)
            throws IOException {
        try {
            return opener.open(evidence);
        } catch (IOException | RuntimeException | Error e) {
            if (loading.failed()) {
                loading.join();
            }
            throw e;
        }
    }

    private int checkNested(NestedRuns nested, Source source, RunSummary summary, Terminal terminal)
            throws IOException {
        List<NestedResult> results = nested.run(source, summary.output());
        return results.isEmpty() ? summary.exitCode().code()
                : combineNested(summary.output(), results, options.pretty, terminal).code();
    }

    /**
     * Adds the nested checks to {@code output/summary.json} ({@link NestedSummary}), says so, and returns the combined
     * exit code.
     *
     * @throws SpyglassException an output error when summary.json cannot be rewritten
     */
    static ExitCode combineNested(Path output, List<NestedResult> results, boolean pretty, Terminal terminal) {
        try {
            ExitCode combined = NestedSummary.amend(output, results, pretty);
            terminal.info("With the nested checks (" + String.join(", ", results.stream().map(NestedResult::name)
                    .toList()) + "): exit code " + combined.code() + " (" + combined + "), see the nested list of "
                    + output.resolve("summary.json") + ".");
            return combined;
        } catch (IOException e) {
            throw SpyglassException.output("Cannot add the nested checks to " + output.resolve("summary.json")
                    + " (" + e.getMessage() + "); check the free space and the permissions of the output folder.", e);
        }
    }

    /**
     * Writes report.html; a report that cannot be written costs a warning, never the run's results. An interrupted
     * run has no time to spare for it: {@code spyglass report} writes it later.
     */
    static void writeReport(RunSummary summary, Terminal terminal) {
        writeReport(summary, terminal, null);
    }

    /**
     * {@link #writeReport(RunSummary, Terminal)} with the timeline data {@code timeline} (may be null) made while the
     * run wrote timeline.csv, so that the report need not read the file again.
     */
    private static void writeReport(RunSummary summary, Terminal terminal, TimelineFeed timeline) {
        if (summary.interrupted()) {
            terminal.info("warning: the run was interrupted, so " + ReportWriter.FILE_NAME + " was not written; run "
                    + "`spyglass report " + summary.output() + "` to write it.");
        } else {
            try {
                new ReportWriter().write(summary.output(), timeline);
            } catch (IOException | RuntimeException e) {
                terminal.info("warning: " + ReportWriter.FILE_NAME + " could not be written in " + summary.output()
                        + ": " + (e.getMessage() != null ? e.getMessage() : e) + "; the other results are complete.");
            }
        }
    }

    private Path defaultOutput() {
        String name = command.replace("ios ", "").replace("android ", "android-").replace(' ', '-');
        return Path.of("spyglass-results", name + "-" + FOLDER_TIME.format(Instant.now()));
    }

    /**
     * On Ctrl-C: ask the engine to stop and give it a moment to complete its outputs, remove its scratch files and
     * print the summary, which says the run was interrupted.
     */
    private static void interrupt(RunEngine engine, CountDownLatch done) {
        engine.cancel();
        try {
            done.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting (Ctrl-C): the hook is running and ends by itself.
        }
    }
}
