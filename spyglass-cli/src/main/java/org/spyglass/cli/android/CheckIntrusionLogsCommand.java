package org.spyglass.cli.android;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spyglass.android.intrusion.IntrusionLogSource;
import org.spyglass.cli.check.CheckOptions;
import org.spyglass.cli.check.CheckRun;
import org.spyglass.core.source.SourceKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code spyglass android check-intrusion-logs PATH}. */
@Command(name = "check-intrusion-logs", mixinStandardHelpOptions = true,
        description = {"Check Android 16+ intrusion logs (Advanced Protection's Intrusion Logging: NDJSON files), as "
                + "a folder, a zip or one file; zips inside the folder (one level) are read too.",
            "A zip is extracted into a private temporary folder, deleted afterwards; the evidence is only read and "
                    + "results go to the output folder. Event times are UTC (epoch based)."})
public final class CheckIntrusionLogsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "The folder of exported intrusion log files, a zip of them, or one of them.")
    Path logs;

    @Mixin
    CheckOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        CheckRun run = CheckRun.of("android check-intrusion-logs", SourceKind.ANDROID_INTRUSION_LOGS, options,
                commandLine);
        return run.run(logs, IntrusionLogSource::open);
    }
}
