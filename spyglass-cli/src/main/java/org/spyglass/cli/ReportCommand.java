package org.spyglass.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spyglass.core.ExitCode;
import org.spyglass.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spyglass report RESULTS_DIR}: writes the HTML report of a results folder again, without the evidence. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write report.html for a results folder that a check wrote: one page with the verdict, each",
            "alert explained and the timeline, which opens from disk in any browser without the network."})
public final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RESULTS_DIR", description = "The results folder (it holds summary.json).")
    Path results;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the report (default: RESULTS_DIR/report.html).")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path written = new ReportWriter().write(results, output != null ? output : results.resolve(
                ReportWriter.FILE_NAME));
        spec.commandLine().getOut().println("Wrote " + written);
        spec.commandLine().getOut().flush();
        return ExitCode.COMPLETED.code();
    }
}
