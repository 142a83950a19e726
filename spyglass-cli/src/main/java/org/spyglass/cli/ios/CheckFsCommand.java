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
        description = {"Check a full filesystem dump of an iPhone (a folder rooted at the device's /, holding "
                + "private/var, or a tar, tar.gz or zip of it).", "The dump is only read; an archive is extracted "
                + "into a private temporary folder removed at the end. Results go to the output folder."})
public final class CheckFsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DUMP",
            description = "The dump folder (the one holding private/var), a folder whose only sub-folder is it, or a "
                    + "tar, tar.gz or zip of either.")
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
