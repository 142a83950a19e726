package org.spyglass.cli;

import picocli.CommandLine;

/** The {@code spyglass} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(SpyglassCommand.commandLine().execute(args));
    }
}
