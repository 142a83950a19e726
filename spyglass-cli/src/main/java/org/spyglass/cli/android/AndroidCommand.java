package org.spyglass.cli.android;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code spyglass android ...}: the Android commands. */
@Command(name = "android", mixinStandardHelpOptions = true,
        description = "Check Android evidence.",
        subcommands = {CheckAndroidqfCommand.class, CheckBugreportCommand.class, AndroidCheckBackupCommand.class,
            CheckIntrusionLogsCommand.class,
            CommandLine.HelpCommand.class})
public final class AndroidCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: see `spyglass android --help`.");
    }
}
