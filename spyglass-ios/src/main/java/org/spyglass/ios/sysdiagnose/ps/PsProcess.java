package org.spyglass.ios.sysdiagnose.ps;

import java.util.Objects;

/**
 * One process of a sysdiagnose's {@code ps.txt}, the process list at the moment the sysdiagnose was taken.
 *
 * @param user    the {@code USER} column, or null when the listing has none
 * @param pid     the process id
 * @param ppid    the parent's process id, or null when the listing has no {@code PPID} column
 * @param started the {@code STARTED} column as printed (a device-local time or day, without date), or null
 * @param command the whole {@code COMMAND} column: the executable and its arguments
 * @param file    the device path of the listing
 */
public record PsProcess(String user, long pid, Long ppid, String started, String command, String file)
        implements ListedProcess {
    public PsProcess {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(file, "file");
    }
}
