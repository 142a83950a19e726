package org.spyglass.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.Throwables;
import org.spyglass.core.export.AlertExports;
import org.spyglass.core.export.ExportRun;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.json.RecordJson;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.module.Warning;
import org.spyglass.core.output.CommandLog;
import org.spyglass.core.output.InfoFile;
import org.spyglass.core.output.OutputFolder;
import org.spyglass.core.output.OutputFormat;
import org.spyglass.core.output.RunOutputs;
import org.spyglass.core.output.SummaryFile;
import org.spyglass.core.output.TimelineSink;
import org.spyglass.core.run.ModuleResult.Status;
import org.spyglass.core.source.Source;

/**
 * Runs a check: the selected modules in parallel, each isolated from the others' failures, with every record
 * streamed to the writers, then writes the run-wide files of the results folder and returns the summary.
 *
 * <p>One engine runs once. {@link #cancel()} may be called from any thread (e.g. a Ctrl-C hook): parsers see
 * {@link org.spyglass.core.module.ParseContext#cancelled()}, modules not yet started do not start, and the results
 * written so far are completed and marked interrupted.
 */
public final class RunEngine {
    /** A module reports its progress to the listener every this many records. */
    public static final int PROGRESS_EVERY = 100_000;
    /** The module name that warnings about hashing the whole evidence ({@code --hashes}) carry. */
    public static final String HASHES_MODULE = "hashes";

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean used = new AtomicBoolean();
    private final Clock clock;
    private final int spillThreshold;

    public RunEngine() {
        this(Clock.systemUTC(), RunOutputs.DEFAULT_SPILL_THRESHOLD);
    }

    RunEngine(Clock clock, int spillThreshold) {
        this.clock = clock;
        this.spillThreshold = spillThreshold;
    }

    /** Asks the run to stop as soon as it can; the summary then says interrupted. Thread-safe. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * Runs the check.
     *
     * @param request    what to check and where to write
     * @param source     the opened evidence; the caller closes it afterwards
     * @param candidates the modules for this kind of evidence (usually {@link ModuleRegistry#forKind}); those not
     *                   named in {@link RunRequest#modules()} (when it is not empty) are reported as skipped
     * @param listener   hears progress from the module threads
     * @throws SpyglassException a usage error for an unknown module name or an output inside the evidence; an
     *                           output error when results cannot be written; any run-level error a module raised
     */
    public RunSummary run(RunRequest request, Source source, List<? extends ArtifactModule<?>> candidates,
                          RunListener listener) {
        return run(request, source, candidates, listener, null);
    }

    /**
     * {@link #run(RunRequest, Source, List, RunListener)}, sending the rows of {@code timeline.csv} also to the sink
     * that {@code timelineSink} (may be null) opens (see {@link RunOutputs#finish(List, TimelineSink.Opener)}).
     */
    public RunSummary run(RunRequest request, Source source, List<? extends ArtifactModule<?>> candidates,
                          RunListener listener, TimelineSink.Opener timelineSink) {
        if (!used.compareAndSet(false, true)) {
            throw new IllegalStateException("a RunEngine runs once; create a new one for another run");
        }
        List<ArtifactModule<?>> modules = List.copyOf(candidates);
        requireDistinctNames(modules);
        ModuleRegistry.checkSelection(modules, request.modules(), source.kind());
        Instant started = clock.instant();
        Path folder = OutputFolder.prepare(request.output(), List.of(request.evidence(), source.root()));
        Path spool = createSpool(source);
        try (RunOutputs outputs = new RunOutputs(folder, spool, request.prettyJson(), request.timesketch(),
                spillThreshold, clock)) {
            return runWith(request, source, modules, listener, outputs, started, timelineSink);
        } catch (IOException | WriteFailure e) {
            throw SpyglassException.output("Cannot write the results to " + folder + " (" + e.getMessage()
                    + "); check the free space and the permissions of the output folder.", e);
        } finally {
            deleteTree(spool);
        }
    }

    private RunSummary runWith(RunRequest request, Source source, List<ArtifactModule<?>> modules,
                               RunListener listener, RunOutputs outputs, Instant started,
                               TimelineSink.Opener timelineSink) throws IOException {
        CommandLog log = outputs.log();
        log.info("Spyglass " + OutputFormat.spyglassVersion() + ": " + request.command() + " started");
        log.info("arguments: " + String.join(" ", request.arguments()));
        log.info("evidence: " + request.evidence().toAbsolutePath() + " (" + source.kind() + ")");
        log.info("output: " + outputs.folder());
        for (FeedFile file : request.indicators().files()) {
            log.info("indicator file " + file.path() + " (feed " + file.feed() + "): " + file.total()
                    + " indicator(s), sha256 " + file.sha256());
        }
        log.info("indicators: " + request.indicators().size() + " distinct");
        if (RecordJson.standsAside()) {
            log.info("records: rendered by Jackson, not by Spyglass's own JSON writer, whose start-up check found it "
                    + "would write them differently (same files, slower run: please report it)");
        }
        AlertTally alerts = new AlertTally();
        WarningLog warnings = new WarningLog(RunSummary.MAX_WARNINGS);
        for (Warning warning : source.warnings()) {
            warnings.add(warning);
            log.warning(warning.location() + ": " + warning.message());
        }
        RunContext context = new RunContext(source, request.indicators(), outputs, alerts, warnings, listener,
                cancelled::get);
        List<ModuleResult> results = runModules(modules, request, context);
        if (request.hashAll()) {
            hashWholeEvidence(source, warnings, log, listener);
        }
        ProcessView processView = ProcessView.start(outputs, request.indicators());
        try {
            outputs.finish(modules.stream().map(ArtifactModule::name).toList(), timelineSink);
        } catch (IOException | RuntimeException | Error e) {
            processView.await();
            throw e;
        }
        long processes = processView.join();
        if (processes > 0) {
            log.info("processes: " + processes + " distinct process name(s) in " + RunOutputs.PROCESSES);
        }
        boolean interrupted = cancelled.get();
        AlertCounts counts = alerts.counts();
        IndicatorSummary indicators = IndicatorSummary.of(request.indicators());
        Verdict verdict = Verdict.decide(interrupted, results, counts);
        RunSummary summary = new RunSummary(request.command(), request.evidence(), source.kind(), outputs.folder(),
                started, clock.instant(), results, warnings.kept(), warnings.count(), counts, indicators,
                source.deviceInfo(), interrupted, verdict, verdict.sentence(interrupted, results, counts, indicators));
        InfoFile.write(outputs.folder(), request, started, source.hashes());
        SummaryFile.write(outputs.folder(), summary, request.prettyJson());
        AlertExports.write(outputs.folder(), exportRun(summary), request.prettyJson());
        log.info("verdict: " + verdict + ": " + summary.verdictSentence());
        log.info("finished: exit code " + summary.exitCode().code() + " (" + summary.exitCode() + ")");
        return summary;
    }

    /** What the STIX and MISP exports say about a run. */
    public static ExportRun exportRun(RunSummary summary) {
        return new ExportRun(summary.command(), summary.evidence().toAbsolutePath().normalize().toString(),
                summary.sourceKind() == null ? null : summary.sourceKind().name(), summary.started(),
                summary.deviceInfo(), summary.verdictSentence());
    }

    /**
     * Looks up every selected module's files on the pool, then starts the modules with the most records to make
     * first, those that walk the whole evidence before all (the longest first keeps the last module from running
     * alone while the other threads idle); the results keep the candidates' order.
     */
    private List<ModuleResult> runModules(List<ArtifactModule<?>> modules, RunRequest request, RunContext context) {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(request.threads(), task -> {
            Thread thread = new Thread(task, "spyglass-module-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<ModuleRunner<?>>> prepared = new ArrayList<>();
            for (ArtifactModule<?> module : modules) {
                if (request.modules().isEmpty() || request.modules().contains(module.name())) {
                    prepared.add(pool.submit(() -> ModuleRunner.prepare(module, context)));
                }
            }
            List<ModuleRunner<?>> runners = new ArrayList<>();
            for (Future<ModuleRunner<?>> future : prepared) {
                runners.add(await(future));
            }
            Map<String, Future<ModuleResult>> running = new HashMap<>();
            List<ModuleRunner<?>> heaviestFirst = new ArrayList<>(runners);
            heaviestFirst.sort(Comparator.comparingDouble((ModuleRunner<?> runner) -> runner.weight()).reversed());
            for (ModuleRunner<?> runner : heaviestFirst) {
                running.put(runner.name(), pool.submit(() -> runOne(runner, context)));
            }
            List<ModuleResult> results = new ArrayList<>();
            for (ArtifactModule<?> module : modules) {
                Future<ModuleResult> future = running.get(module.name());
                if (future != null) {
                    results.add(await(future));
                } else {
                    ModuleResult skipped = ModuleResult.notRun(module.name(), Status.SKIPPED, "not selected");
                    context.listener().moduleFinished(skipped);
                    results.add(skipped);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
            awaitTermination(pool);
        }
    }

    private static ModuleResult runOne(ModuleRunner<?> runner, RunContext context) {
        ModuleResult result = runner.run();
        context.listener().moduleFinished(result);
        return result;
    }

    private <T> T await(Future<T> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancel();
                } catch (ExecutionException e) {
                    cancel();
                    throw new IllegalStateException(Throwables.throwIfUnchecked(e.getCause()));
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void hashWholeEvidence(Source source, WarningLog warnings, CommandLog log, RunListener listener)
            throws IOException {
        log.info("hashing every file of the evidence");
        try {
            source.hashEverything((file, e) -> warnings.add(new Warning(HASHES_MODULE, file.toString(),
                    "cannot be read: " + e.getMessage())), cancelled::get, listener::work);
        } catch (IOException e) {
            warnings.add(new Warning(HASHES_MODULE, source.root().toString(), "cannot be listed: " + e.getMessage()));
        }
    }

    private static void requireDistinctNames(List<ArtifactModule<?>> modules) {
        Set<String> names = new HashSet<>();
        for (ArtifactModule<?> module : modules) {
            if (!names.add(module.name())) {
                throw new IllegalArgumentException("two candidate modules are named " + module.name());
            }
        }
    }

    private static Path createSpool(Source source) {
        try {
            return Files.createTempDirectory(source.scratch(), "run-");
        } catch (IOException e) {
            throw SpyglassException.output("Cannot create a temporary folder for sorting the timeline ("
                    + e.getMessage() + "); check the free space of the temporary folder.", e);
        }
    }

    private static void awaitTermination(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // the source's scratch folder, which holds this one, is removed when the source closes
        }
    }
}
