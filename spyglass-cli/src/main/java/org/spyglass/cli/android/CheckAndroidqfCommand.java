package org.spyglass.cli.android;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.cli.check.CheckOptions;
import org.spyglass.cli.check.CheckRun;
import org.spyglass.core.source.SourceKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code spyglass android check-androidqf PATH}. */
@Command(name = "check-androidqf", mixinStandardHelpOptions = true,
        description = {"Check an AndroidQF acquisition (the folder AndroidQF wrote, or a zip of it).", "The "
                + "acquisition is only read; a zip is extracted into a private temporary folder removed at the end. "
                + "Results go to the output folder; a bugreport.zip, backup.ab or intrusion_logs/ folder inside the "
                + "acquisition is checked too, into its bugreport/, backup/ or intrusion_logs/ sub-folder, and listed "
                + "in summary.json under nested."})
public final class CheckAndroidqfCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH",
            description = "The acquisition folder (holding packages.json, getprop.txt, ...), a folder whose only "
                    + "sub-folder is it, or a zip of either.")
    Path acquisition;

    @Mixin
    CheckOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CheckRun run = CheckRun.of("android check-androidqf", SourceKind.ANDROID_ANDROIDQF, options,
                spec.commandLine());
        return run.run(acquisition, AndroidqfSource::open, new NestedAcquisitionRuns(run,
                spec.commandLine().getErr()));
    }
}
