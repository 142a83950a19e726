package org.spyglass.cli.iocs;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code spyglass iocs ...}: the indicator feeds. */
@Command(name = "iocs", mixinStandardHelpOptions = true,
        description = "Show or update the indicator feeds.",
        subcommands = {IocsListCommand.class, IocsUpdateCommand.class, CommandLine.HelpCommand.class})
public final class IocsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: try `spyglass iocs list` or `spyglass iocs update`.");
    }
}
