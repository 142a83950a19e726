package org.spyglass.ios.sysdiagnose.ps;

import java.util.Objects;

/**
 * One process of a sysdiagnose's {@code ps_thread.txt}, the process list with each process's threads, taken when the
 * sysdiagnose was made.
 *
 * @param user    the {@code USER} column, or null when the listing has none
 * @param pid     the process id
 * @param ppid    the parent's process id, or null when the listing has no {@code PPID} column
 * @param started the {@code STARTED} column as printed (a device-local time or day, without date), or null
 * @param command the whole {@code COMMAND} column: the executable and its arguments
 * @param threads the number of thread lines listed under the process (at least 1: its own line)
 * @param file    the device path of the listing
 */
public record PsThreadProcess(String user, long pid, Long ppid, String started, String command, int threads,
                              String file) implements ListedProcess {
    public PsThreadProcess {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(file, "file");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
