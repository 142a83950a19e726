package org.spyglass.cli;

import java.util.Set;

/** The {@code spyglass} command. */
public final class Main {
    /**
     * Asked alone, the version is printed without building the command tree: picocli's model of every command costs
     * about 0.5 s of CPU at start-up, ten times the rest of {@code --version}. Same text and exit code as picocli's.
     */
    private static final Set<String> VERSION_ALONE = Set.of("--version", "-V");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && VERSION_ALONE.contains(args[0])) {
            System.out.println(new Version().getVersion()[0]);
            System.exit(0);
        }
        System.exit(SpyglassCommand.commandLine().execute(args));
    }
}
