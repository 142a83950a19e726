package org.spyglass.ios.sysdiagnose;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the files of a sysdiagnose are addressed. Every file has the path it has in the sysdiagnose folder under the
 * virtual root {@value #ROOT} ({@code /sysdiagnose/ps.txt},
 * {@code /sysdiagnose/system_logs.logarchive/Extra/shutdown.log}). The files that are copies of a device file also
 * have that file's device path, so that one module reads them from a filesystem dump and from a sysdiagnose alike:
 * {@code system_logs.logarchive/Extra/shutdown*.log} is {@code /private/var/db/diagnostics/shutdown*.log}.
 */
final class SysdiagnosePaths {
    /** The virtual root of every file of the sysdiagnose. */
    static final String ROOT = "/sysdiagnose";
    static final String SHUTDOWN_FOLDER = "system_logs.logarchive/Extra/";
    static final String DEVICE_DIAGNOSTICS = "/private/var/db/diagnostics/";
    private static final Pattern SHUTDOWN_LOG = Pattern.compile("shutdown[^/]*\\.log");

    private SysdiagnosePaths() {
    }

    /** The path relative to the sysdiagnose folder of a device path, or empty when none maps there. */
    static Optional<String> relative(String devicePath) {
        if (devicePath.startsWith(ROOT + "/")) {
            return Optional.of(devicePath.substring(ROOT.length() + 1));
        }
        if (devicePath.startsWith(DEVICE_DIAGNOSTICS)) {
            String name = devicePath.substring(DEVICE_DIAGNOSTICS.length());
            if (SHUTDOWN_LOG.matcher(name).matches()) {
                return Optional.of(SHUTDOWN_FOLDER + name);
            }
        }
        return Optional.empty();
    }

    /** Every device path of a file of the sysdiagnose: the virtual one first, then its device twin if any. */
    static List<String> devicePaths(String relative) {
        String primary = ROOT + "/" + relative;
        if (relative.startsWith(SHUTDOWN_FOLDER)) {
            String name = relative.substring(SHUTDOWN_FOLDER.length());
            if (SHUTDOWN_LOG.matcher(name).matches()) {
                return List.of(primary, DEVICE_DIAGNOSTICS + name);
            }
        }
        return List.of(primary);
    }
}
