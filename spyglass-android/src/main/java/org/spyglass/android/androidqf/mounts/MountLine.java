package org.spyglass.android.androidqf.mounts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of {@code mount} output, {@code <device> on <mount point> type <fs> (<options>)}, or of
 * {@code /proc/mounts}, {@code <device> <mount point> <fs> <options> 0 0}.
 */
final class MountLine {
    /** Partitions Android mounts read-only from verified images. */
    static final List<String> SYSTEM_PARTITIONS = List.of("/", "/system", "/system_root", "/vendor", "/product",
            "/system_ext", "/odm", "/oem");

    private static final Pattern MOUNT = Pattern.compile("^(\\S+) on (\\S+) type (\\S+) \\((.*)\\)$");
    private static final Pattern PROC = Pattern.compile("^(\\S+) (\\S+) (\\S+) (\\S+)(?: \\d+ \\d+)?$");

    private MountLine() {
    }

    static Optional<Mount> parse(String line, String file) {
        String text = line.strip();
        Matcher m = MOUNT.matcher(text);
        if (!m.matches()) {
            m = PROC.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        List<String> options = List.of(m.group(4).split(","));
        String mountPoint = m.group(2);
        return Optional.of(new Mount(m.group(1), mountPoint, m.group(3), options,
                SYSTEM_PARTITIONS.contains(mountPoint), options.contains("rw"), file));
    }
}
