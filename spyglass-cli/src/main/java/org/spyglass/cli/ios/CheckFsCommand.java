package org.spyglass.cli.ios;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spyglass.cli.check.CheckOptions;
import org.spyglass.cli.check.CheckRun;
import org.spyglass.core.source.SourceKind;
import org.spyglass.ios.fs.FilesystemDumpSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code spyglass ios check-fs DUMP}. */
@Command(name = "check-fs", mixinStandardHelpOptions = true,
        description = {"Check a full filesystem dump of an iPhone (an extracted folder rooted at the device's /, "
                + "holding private/var).", "The dump is only read; results go to the output folder."})
public final class CheckFsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DUMP",
            description = "The dump folder (the one holding private/var), or a folder whose only sub-folder is it.")
    Path dump;

    @Mixin
    CheckOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        CheckRun run = CheckRun.of("ios check-fs", SourceKind.IOS_FILESYSTEM, options, commandLine);
        return run.run(dump, FilesystemDumpSource::open);
    }
}
