package org.spyglass.android.androidqf.processes;

import java.util.Objects;

/**
 * One process of an AndroidQF {@code ps.txt} ({@code ps -A}), running at the acquisition.
 *
 * @param user  the {@code USER} column, or null when the listing has none
 * @param pid   the process id
 * @param ppid  the parent's process id, or null when the listing has no {@code PPID} column
 * @param label the SELinux {@code LABEL} column, or null when the listing has none
 * @param state the {@code S} (state) column, or null when the listing has none
 * @param name  the {@code NAME} column (last): an app's package name, {@code package:service}, a binary or a kernel
 *              thread in brackets
 * @param file  the device path of the listing
 */
public record AqfProcess(String user, long pid, Long ppid, String label, String state, String name, String file) {
    public AqfProcess {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }

    /** The package part of an app process name: {@code com.app} for {@code com.app:service}; else the name. */
    public String packageName() {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }
}
