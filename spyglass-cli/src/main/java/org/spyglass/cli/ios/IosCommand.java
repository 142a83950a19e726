package org.spyglass.cli.ios;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code spyglass ios ...}: the iOS commands. */
@Command(name = "ios", mixinStandardHelpOptions = true,
        description = "Check iOS evidence.",
        subcommands = {CheckBackupCommand.class, CheckFsCommand.class, CheckSysdiagnoseCommand.class,
            DecryptBackupCommand.class, ExtractKeyCommand.class, CommandLine.HelpCommand.class})
public final class IosCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: try `spyglass ios check-backup BACKUP`.");
    }
}
