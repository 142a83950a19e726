package org.spyglass.cli.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.spyglass.cli.feeds.FeedResolver;
import org.spyglass.cli.feeds.ResolvedIndicators;
import org.spyglass.cli.secrets.ArgumentRedaction;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.run.ModuleRegistry;
import org.spyglass.core.run.RunEngine;
import org.spyglass.core.run.RunRequest;
import org.spyglass.core.run.RunSummary;
import org.spyglass.core.source.Source;
import org.spyglass.core.source.SourceKind;
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
                commandLine.getErr(), new FeedResolver(FeedResolver.defaultDataFolder(System.getenv()),
                System.getenv()));
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
        if (options.listModules) {
            return listModules();
        }
        ModuleRegistry registry = ModuleRegistry.load();
        registry.checkSelection(kind, new LinkedHashSet<>(options.modules));
        List<ArtifactModule<?>> modules = registry.forKind(kind);
        Terminal terminal = options.terminal.open(out, err);
        ResolvedIndicators resolved = feeds.resolve(options.iocs, !options.noDefaultIocs);
        resolved.warnings().forEach(terminal::warning);
        Path output = options.output != null ? options.output : defaultOutput();
        RunRequest request = new RunRequest(command, arguments, evidence, output, resolved.indicators(),
                new LinkedHashSet<>(options.modules), options.hashes, options.pretty, Math.max(1, options.threads));
        RunEngine engine = new RunEngine();
        TerminalProgress progress = new TerminalProgress(terminal, modules.size());
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> interrupt(engine, done), "spyglass-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        RunSummary summary;
        try {
            try (Source source = opener.open(evidence)) {
                terminal.info("Checking " + evidence + " with " + resolved.indicators().size() + " indicators...");
                summary = engine.run(request, source, modules, progress);
            } finally {
                progress.done();
            }
            new TerminalSummary(terminal).print(summary, progress.severeAlerts(), progress.severeAlertCount());
        } finally {
            done.countDown();
            removeHook(hook);
        }
        return summary.exitCode().code();
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
