package org.spyglass.ios.sysdiagnose.ps;

/** A process of a {@code ps} listing: its id and its command, from which the executable and name are taken. */
public interface ListedProcess {
    /** The process id. */
    long pid();

    /** The whole command column: the executable and its arguments. */
    String command();

    /**
     * The executable as far as the listing tells it: the command up to its first space. A path with spaces (an
     * app named {@code My App}) is cut at the space, since ps prints arguments the same way.
     */
    default String executable() {
        String command = command();
        int space = command.indexOf(' ');
        return space < 0 ? command : command.substring(0, space);
    }

    /** The last component of {@link #executable()}. */
    default String name() {
        String executable = executable();
        return executable.substring(executable.lastIndexOf('/') + 1);
    }
}
