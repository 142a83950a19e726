package org.spyglass.cli.check;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.spyglass.core.SpyglassException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of the check commands about what they print: {@code --quiet}, {@code --verbose}, {@code --terminal}. */
public final class TerminalOptions {
    /** When to treat the output as a live terminal. */
    public enum When { AUTO, ALWAYS, NEVER }

    @Option(names = {"-q", "--quiet"}, description = "Print only the verdict line and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print the run's warnings and a line for every module.")
    boolean verbose;

    @Option(names = "--terminal", paramLabel = "WHEN", converter = WhenConverter.class,
            description = "Show live progress on one updating line and a coloured summary: auto, always or never "
                    + "(default: auto, when a console is attached). NO_COLOR turns colours off.")
    When terminal = When.AUTO;

    /** Reads {@code auto}, {@code always} or {@code never}, in any case. */
    static final class WhenConverter implements CommandLine.ITypeConverter<When> {
        @Override
        public When convert(String value) {
            try {
                return When.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected auto, always or never, not " + value);
            }
        }
    }

    /** The terminal for this process: live when a console is attached (or forced), colours unless NO_COLOR. */
    public Terminal open(PrintWriter out, PrintWriter err) {
        return open(out, err, System.getenv(), System.console() != null);
    }

    Terminal open(PrintWriter out, PrintWriter err, Map<String, String> env, boolean console) {
        if (quiet && verbose) {
            throw SpyglassException.usage("--quiet and --verbose exclude each other: choose one.");
        }
        Terminal.Verbosity verbosity = quiet ? Terminal.Verbosity.QUIET
                : verbose ? Terminal.Verbosity.VERBOSE : Terminal.Verbosity.NORMAL;
        boolean live = terminal == When.ALWAYS || (terminal == When.AUTO && console);
        String noColor = env.get("NO_COLOR");
        return new Terminal(out, err, verbosity, live, live && (noColor == null || noColor.isEmpty()));
    }
}
