package org.spyglass.android.androidqf.logs;

import java.time.Instant;
import java.util.Objects;

/**
 * One file of an AndroidQF acquisition's {@code logs/} folder and when it was last modified.
 *
 * @param path     its device path in the acquisition ({@code /androidqf/logs/dmesg.log})
 * @param modified its modification time as the acquisition records it (see the module docs), or null when none
 */
public record LogFile(String path, Instant modified) {
    public LogFile {
        Objects.requireNonNull(path, "path");
    }
}
