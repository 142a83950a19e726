package org.spyglass.core.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.spyglass.core.Level;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.module.UrlExtractor;
import org.spyglass.core.module.Warning;
import org.spyglass.core.output.ModuleFiles;
import org.spyglass.core.run.ModuleResult.Status;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.Source;

/**
 * Runs one module on one thread: resolves its files, parses, and streams each record at once to its file, its
 * checker, the timeline, the URL list and the process sightings. A failure of the module's own code (an exception, a
 * linkage or assertion error, a stack overflow) ends this module only: it is marked failed with a one-line reason and
 * keeps what it emitted. A failure to write results, a {@link SpyglassException} or an out-of-memory error ends the
 * run.
 */
final class ModuleRunner<R extends Record> implements ParseContext<R>, CheckContext {
    private final ArtifactModule<R> module;
    private final RunContext run;
    private final Map<Level, Long> alerts = new EnumMap<>(Level.class);
    private List<EvidenceFile> files = List.of();
    private ModuleFiles output;
    private Checker<R> checker;
    private TimelineMapper<R> timeline;
    private UrlExtractor<R> urls;
    private ProcessExtractor<R> processes;
    private final RecentSightings recentSightings = new RecentSightings();
    private double weight;
    private long records;
    private long warnings;
    private String failure;
    private String absence;

    private ModuleRunner(ArtifactModule<R> module, RunContext run) {
        this.module = module;
        this.run = run;
    }

    /** A runner for {@code module} with its files looked up (a failure of the lookup is reported by {@link #run}). */
    static <R extends Record> ModuleRunner<R> prepare(ArtifactModule<R> module, RunContext run) {
        ModuleRunner<R> runner = new ModuleRunner<>(module, run);
        if (!run.cancelled().getAsBoolean()) {
            runner.guarded("file lookup", runner::resolveFiles);
            long bytes = 0;
            for (EvidenceFile file : runner.files) {
                bytes += Math.max(0, run.source().sizeHint(file));
            }
            runner.weight = (double) bytes / Math.max(1, module.bytesPerRecordHint());
            if (module.artifacts().isEmpty()) {
                runner.weight = Double.MAX_VALUE;
            }
        }
        return runner;
    }

    String name() {
        return module.name();
    }

    /**
     * About how many records the module will make: the bytes of evidence it will read, as far as the source knows
     * ({@link Source#sizeHint}), over its {@link ArtifactModule#bytesPerRecordHint}; the most for a module that names
     * no file, since it walks the whole evidence (an iOS backup's Manifest.db listing).
     */
    double weight() {
        return weight;
    }

    /** Parses and checks; call once, after {@link #prepare}. */
    ModuleResult run() {
        if (run.cancelled().getAsBoolean()) {
            return ModuleResult.notRun(module.name(), Status.INTERRUPTED, "the run was interrupted before it started");
        }
        if (failure == null && !module.artifacts().isEmpty() && files.isEmpty()) {
            log("absent: none of " + String.join(", ", module.artifacts()) + " is in the evidence");
            return ModuleResult.notRun(module.name(), Status.ABSENT,
                    "none of its files is in the evidence: " + String.join(", ", module.artifacts()));
        }
        if (failure == null) {
            run.listener().moduleStarted(module.name());
            log("running on " + files.size() + " file(s)");
            parseAndCheck();
        }
        Status status = failure != null ? Status.FAILED
                : run.cancelled().getAsBoolean() ? Status.INTERRUPTED
                : records == 0 && warnings == 0 && absence != null ? Status.ABSENT : Status.RAN;
        String reason = switch (status) {
            case INTERRUPTED -> "the run was interrupted while it ran";
            case ABSENT -> absence;
            default -> failure;
        };
        log(status.name().toLowerCase(Locale.ROOT) + ": " + records + " record(s), " + alertCount()
                + " alert(s), " + warnings + " warning(s)" + (reason == null ? "" : ": " + reason));
        return new ModuleResult(module.name(), status, records, alerts, warnings, reason);
    }

    private void resolveFiles() {
        Map<String, EvidenceFile> found = new TreeMap<>();
        for (String glob : module.artifacts()) {
            for (EvidenceFile file : source().find(glob)) {
                found.putIfAbsent(file.devicePath(), file);
            }
        }
        files = List.copyOf(found.values());
    }

    private void parseAndCheck() {
        output = run.outputs().module(module.name());
        try {
            guarded("parser", () -> {
                checker = module.checker();
                timeline = module.timeline();
                urls = module.urls();
                processes = module.processes();
                module.parser().parse(this);
            });
            if (checker != null) {
                guarded("checker", () -> checker.finish(this));
            }
        } finally {
            try {
                output.close();
            } catch (IOException e) {
                throw new WriteFailure(e);
            }
        }
    }

    @Override
    public Source source() {
        return run.source();
    }

    @Override
    public List<EvidenceFile> files() {
        return files;
    }

    @Override
    public void emit(R record) {
        Objects.requireNonNull(record, "record");
        if (failure != null) {
            throw new ModuleFailure(failure, null);
        }
        records++;
        try {
            output.record(record);
        } catch (JsonProcessingException | RuntimeException e) {
            throw fail("writer", e);
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
        stage("checker", () -> checker.check(record, this));
        stage("timeline mapper", () -> timeline.map(record, event -> {
            try {
                output.timeline(event);
            } catch (IOException e) {
                throw new WriteFailure(e);
            }
        }));
        stage("URL extractor", () -> urls.urls(record, url -> {
            try {
                output.url(url);
            } catch (IOException e) {
                throw new WriteFailure(e);
            }
        }));
        stage("process extractor", () -> processes.processes(record, sighting -> {
            if (!recentSightings.isNew(sighting)) {
                return;
            }
            try {
                run.outputs().process(module.name(), sighting);
            } catch (IOException e) {
                throw new WriteFailure(e);
            }
        }));
        if (records % RunEngine.PROGRESS_EVERY == 0) {
            run.listener().progress(module.name(), records);
        }
    }

    @Override
    public void warn(String location, String message) {
        Warning warning = new Warning(module.name(), Objects.requireNonNullElse(location, module.name()),
                Objects.requireNonNullElse(message, "(no message)"));
        warnings++;
        run.warnings().add(warning);
        try {
            run.outputs().log().warning(warning.module() + ": " + warning.location() + ": " + warning.message());
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
        run.listener().warning(warning);
    }

    @Override
    public void absent(String location, String message) {
        String note = Objects.requireNonNullElse(location, module.name()) + ": "
                + Objects.requireNonNullElse(message, "(no message)");
        if (absence == null) {
            absence = note;
        }
        log("absent: " + note);
    }

    @Override
    public boolean cancelled() {
        return run.cancelled().getAsBoolean();
    }

    @Override
    public String module() {
        return module.name();
    }

    @Override
    public Indicators indicators() {
        return run.indicators();
    }

    @Override
    public void alert(Alert alert) {
        alerts.merge(alert.level(), 1L, Long::sum);
        run.alerts().add(alert);
        try {
            output.alert(alert);
            run.outputs().alertTimeline(alert);
            run.outputs().log().line(alert.level().name(), alert.module() + ": " + alert.message());
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
        run.listener().alert(alert);
    }

    /** A step of the module's own code. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /** Runs a step inside {@link #emit}: a failure is recorded and rethrown into the parser to stop it. */
    private void stage(String stage, Step step) {
        try {
            step.run();
        } catch (Throwable t) {
            if (isRunLevel(t)) {
                throw sneaky(t);
            }
            throw fail(stage, t);
        }
    }

    /** Runs a whole stage: a failure is recorded and the module ends. */
    private void guarded(String stage, Step step) {
        try {
            step.run();
        } catch (Throwable t) {
            if (isRunLevel(t)) {
                throw sneaky(t);
            }
            if (!(t instanceof ModuleFailure)) {
                fail(stage, t);
            }
        }
    }

    private ModuleFailure fail(String stage, Throwable t) {
        if (failure == null) {
            String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
            failure = t.getClass().getSimpleName() + message + " (in the " + stage + ", after " + records
                    + " record(s))";
        }
        return new ModuleFailure(failure, t);
    }

    private static boolean isRunLevel(Throwable t) {
        return t instanceof WriteFailure || t instanceof SpyglassException
                || (t instanceof VirtualMachineError && !(t instanceof StackOverflowError));
    }

    private static RuntimeException sneaky(Throwable t) {
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(t);
    }

    private long alertCount() {
        return alerts.values().stream().mapToLong(Long::longValue).sum();
    }

    private void log(String message) {
        try {
            run.outputs().log().info("module " + module.name() + ": " + message);
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
    }
}
