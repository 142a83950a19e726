package org.spyglass.cli;

import java.io.PrintWriter;
import org.spyglass.cli.android.AndroidCommand;
import org.spyglass.cli.check.CheckIocsCommand;
import org.spyglass.cli.ios.IosCommand;
import org.spyglass.cli.iocs.IocsCommand;
import org.spyglass.core.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: only groups the subcommands. */
@Command(name = "spyglass",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Checks phone evidence for traces of mercenary spyware (Pegasus, Predator and their kind).",
            "It reads the evidence you give it and never changes it."},
        subcommands = {IosCommand.class, AndroidCommand.class, CheckIocsCommand.class, IocsCommand.class,
            ReportCommand.class, DemoCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:completed; no alert of level HIGH or above (this is not a clean bill of health)",
            "1:completed; alerts of level HIGH or above: expert review needed",
            "2:usage error (wrong option or argument)",
            "3:input error (not a backup, unreadable, encrypted, bad indicator file)",
            "4:output error (results could not be written)",
            "5:network error (iocs update)",
            "70:internal error (a bug: please report it)",
            "130:interrupted"})
public final class SpyglassCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try `spyglass demo`, "
                + "`spyglass ios check-backup BACKUP` or `spyglass --help`.");
    }

    /** The configured command line, with Spyglass's exit codes and error handling. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SpyglassCommand());
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(SpyglassCommand::usageError);
        commandLine.setExitCodeExceptionMapper(ErrorHandler::exitCode);
        return commandLine;
    }

    private static int usageError(CommandLine.ParameterException error, String[] args) {
        CommandLine commandLine = error.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("spyglass: " + error.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(error, err);
        err.println("See `" + commandLine.getCommandSpec().qualifiedName() + " --help`.");
        return ExitCode.USAGE.code();
    }
}
