package org.spyglass.cli.iocs;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.spyglass.cli.feeds.FeedResolver;
import org.spyglass.core.ExitCode;
import org.spyglass.core.ioc.load.FeedIndex;
import org.spyglass.core.ioc.update.FeedUpdater;
import org.spyglass.core.ioc.update.UpdateReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spyglass iocs update}: downloads the feeds of an {@code indicators.yaml} index. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Download the indicator feeds listed in an indicators.yaml index (MVT's by default) into",
            "the data folder. A feed that fails keeps its previous copy. This is the only command that uses the",
            "network."})
public final class IocsUpdateCommand implements Callable<Integer> {

    @Option(names = "--index", paramLabel = "URL", description = "The index to read (default: ${DEFAULT-VALUE}).")
    URI index = FeedUpdater.DEFAULT_INDEX;

    @Option(names = "--data-folder", paramLabel = "DIR",
            description = "Where feeds are kept (default: $XDG_DATA_HOME/spyglass/indicators).")
    Path dataFolder;

    @Option(names = "--github-raw-base", paramLabel = "URL", hidden = true,
            description = "Base URL for `type: github` entries (for mirrors and tests).")
    String githubRawBase = FeedIndex.GITHUB_RAW_BASE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = dataFolder != null ? dataFolder : FeedResolver.defaultDataFolder(System.getenv());
        out.println("Downloading the feeds listed in " + index + " ...");
        out.flush();
        UpdateReport report = new FeedUpdater(folder, index, githubRawBase, Clock.systemUTC()).update();
        for (UpdateReport.UpdatedFeed feed : report.updated()) {
            out.printf(Locale.ROOT, "  %-60s %,d indicators%n", feed.feed(), feed.count());
        }
        report.warnings().forEach(w -> out.println("warning: " + w.location() + ": " + w.message()));
        out.printf(Locale.ROOT, "%d feeds updated in %s%s%n", report.updated().size(), report.folder(),
                report.warnings().isEmpty() ? "" : "; " + report.warnings().size() + " kept their previous copy");
        out.flush();
        return ExitCode.COMPLETED.code();
    }
}
