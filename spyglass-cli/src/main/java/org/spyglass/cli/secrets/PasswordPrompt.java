package org.spyglass.cli.secrets;

import java.io.Console;

/** Asks for a password without echoing it. */
@FunctionalInterface
public interface PasswordPrompt {
    /** The characters typed, or null when the input ended; the caller clears them. */
    char[] read(String prompt);

    /** The terminal's masked prompt, or null when there is no terminal (input or output redirected). */
    static PasswordPrompt console() {
        Console console = System.console();
        return console == null ? null : prompt -> console.readPassword("%s", prompt);
    }
}
