package org.spyglass.cli.ios;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spyglass.cli.check.CheckOptions;
import org.spyglass.cli.check.CheckRun;
import org.spyglass.core.source.SourceKind;
import org.spyglass.ios.sysdiagnose.SysdiagnoseSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code spyglass ios check-sysdiagnose ARCHIVE}. */
@Command(name = "check-sysdiagnose", mixinStandardHelpOptions = true,
        description = {"Check a sysdiagnose of an iPhone (the sysdiagnose_*.tar.gz it makes, or its extracted folder).",
            "An archive is extracted into a private temporary folder, deleted afterwards; the evidence is only read "
                    + "and results go to the output folder."})
public final class CheckSysdiagnoseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ARCHIVE", description = "The sysdiagnose_*.tar.gz, or the folder it was extracted to.")
    Path archive;

    @Mixin
    CheckOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        CheckRun run = CheckRun.of("ios check-sysdiagnose", SourceKind.IOS_SYSDIAGNOSE, options, commandLine);
        return run.run(archive, SysdiagnoseSource::open);
    }
}
