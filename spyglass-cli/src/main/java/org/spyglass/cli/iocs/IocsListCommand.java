package org.spyglass.cli.iocs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.spyglass.cli.feeds.FeedResolver;
import org.spyglass.cli.feeds.IocsListing;
import org.spyglass.cli.feeds.ResolvedIndicators;
import org.spyglass.core.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spyglass iocs list}: what a check would load, file by file. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the indicator files a check would use: the bundled feeds, the downloaded ones,",
            "--iocs, SPYGLASS_IOCS and MVT_STIX2; each with its malware names and its counts by type."})
public final class IocsListCommand implements Callable<Integer> {

    @Option(names = {"-i", "--iocs"}, paramLabel = "FILE", description = "An indicator file or folder; repeatable.")
    List<Path> iocs = new ArrayList<>();

    @Option(names = "--no-default-iocs", description = "Leave out the bundled and downloaded feeds.")
    boolean noDefaultIocs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ResolvedIndicators resolved = new FeedResolver(FeedResolver.defaultDataFolder(System.getenv()),
                System.getenv()).resolve(iocs, !noDefaultIocs);
        out.print(IocsListing.format(resolved.indicators()));
        resolved.warnings().forEach(w -> out.println("warning: " + w.location() + ": " + w.message()));
        out.flush();
        return ExitCode.COMPLETED.code();
    }
}
