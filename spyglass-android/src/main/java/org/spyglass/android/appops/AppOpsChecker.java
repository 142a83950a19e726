package org.spyglass.android.appops;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.spyglass.android.AppMatches;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;

/**
 * Matches each package once as an app id (CRITICAL, MEDIUM for watchware); flags each entry of
 * {@code REQUEST_INSTALL_PACKAGES} and each entry of {@code com.android.shell}.
 */
final class AppOpsChecker implements Checker<AppOp> {
    static final String INSTALL = "REQUEST_INSTALL_PACKAGES";
    static final String SHELL = "com.android.shell";
    static final Heuristic INSTALLS_PACKAGES = new Heuristic("android.dumpsys_appops.request-install-packages",
            Level.MEDIUM, "The app asked to install other apps. This is how apps from outside the Play Store, "
                    + "stalkerware included, get onto a phone; browsers, file managers and app stores do it too.");
    static final Heuristic SHELL_OPERATION = new Heuristic("android.dumpsys_appops.shell", Level.MEDIUM,
            "The Android shell (adb, a computer connected over USB with debugging on) used a permission. "
                    + "Someone with the phone in hand can install and configure spyware this way; a developer or a "
                    + "forensic acquisition leaves the same trace.");

    private final Set<String> matched = new HashSet<>();

    @Override
    public void check(AppOp op, CheckContext context) {
        if (matched.add(op.packageName())) {
            List<IndicatorMatch> matches = context.indicators().matchAppId(op.packageName());
            if (!matches.isEmpty()) {
                context.indicatorAlert(AppMatches.level(matches), "Found a known malicious app in app operations: "
                        + op.packageName() + " (uid " + op.uid() + ") " + MatchText.of(matches)
                        + AppMatches.note(matches), op.time(), op, matches);
            }
        }
        if (op.access() == null) {
            return;
        }
        if (op.permission().equals(INSTALL)) {
            context.heuristicAlert(INSTALLS_PACKAGES, op.packageName() + " " + describe(op), op.time(), op);
        }
        if (op.packageName().equals(SHELL)) {
            context.heuristicAlert(SHELL_OPERATION, op.packageName() + " " + describe(op), op.time(), op);
        }
    }

    /** {@code access to PERM: Access at <local time> (device-local)}. */
    static String describe(AppOp op) {
        return "access to " + op.permission() + ": " + op.access() + " [" + op.type() + "] at " + op.localTime()
                + (op.timeInUtc() ? " device-local time" : " device-local time, time zone unknown");
    }
}
