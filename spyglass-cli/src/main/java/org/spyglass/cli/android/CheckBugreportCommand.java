package org.spyglass.cli.android;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spyglass.android.bugreport.BugreportSource;
import org.spyglass.cli.check.CheckOptions;
import org.spyglass.cli.check.CheckRun;
import org.spyglass.core.source.SourceKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code spyglass android check-bugreport PATH}. */
@Command(name = "check-bugreport", mixinStandardHelpOptions = true,
        description = {"Check an Android bugreport (the zip adb bugreport writes, or its extracted folder).",
            "A zip is extracted into a private temporary folder, deleted afterwards; the evidence is only read and "
                    + "results go to the output folder."})
public final class CheckBugreportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "The bugreport zip, or the folder it was extracted to.")
    Path bugreport;

    @Mixin
    CheckOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        CheckRun run = CheckRun.of("android check-bugreport", SourceKind.ANDROID_BUGREPORT, options, commandLine);
        return run.run(bugreport, BugreportSource::open);
    }
}
