package org.spyglass.android.androidqf.mounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Matches each mount point and device against file paths (CRITICAL, one alert each); flags a system partition
 * mounted read-write ({@link MountsModule#SYSTEM_READ_WRITE}), else one with options that only a remount or a rooting
 * tool sets ({@link MountsModule#SUSPICIOUS_OPTIONS}).
 */
final class MountsChecker implements Checker<Mount> {
    /** Partitions that Android itself never mounts with {@code noatime} or {@code nodiratime}. */
    static final Set<String> STRICT = Set.of("/", "/system", "/system_root");

    @Override
    public void check(Mount mount, CheckContext context) {
        for (String path : List.of(mount.mountPoint(), mount.device())) {
            if (path.startsWith("/")) {
                List<IndicatorMatch> matches = context.indicators().matchFilePath(path);
                if (!matches.isEmpty()) {
                    context.indicatorAlert(Level.CRITICAL, "Found a known malicious path mounted: " + path + " "
                            + MatchText.of(matches), null, mount, matches);
                }
            }
        }
        if (!mount.systemPartition()) {
            return;
        }
        if (mount.readWrite()) {
            context.heuristicAlert(MountsModule.SYSTEM_READ_WRITE, "The system partition " + mount.mountPoint()
                    + " is mounted read-write (" + mount.device() + ", " + String.join(",", mount.options()) + ")",
                    null, mount);
            return;
        }
        List<String> odd = new ArrayList<>();
        for (String option : mount.options()) {
            if (option.equals("remount") || STRICT.contains(mount.mountPoint())
                    && (option.equals("noatime") || option.equals("nodiratime"))) {
                odd.add(option);
            }
        }
        if (!odd.isEmpty()) {
            context.heuristicAlert(MountsModule.SUSPICIOUS_OPTIONS, "The system partition " + mount.mountPoint()
                    + " is mounted with " + String.join(", ", odd) + " (" + mount.device() + ")", null, mount);
        }
    }
}
