package org.spyglass.ios.crashwipe;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.spyglass.core.Level;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;

/**
 * Flags an injection-pattern visit when the CrashReporter folder was last modified within {@link #WINDOW} after it
 * and holds no file older than the visit: the folder looks emptied right after the redirect.
 */
final class CrashWipeChecker implements Checker<InjectionThenCrashFolder> {
    /** How soon after the redirect the folder must have changed: the wipes seen in the field took seconds. */
    static final Duration WINDOW = Duration.ofSeconds(60);

    static final Heuristic EMPTIED_AFTER_INJECTION = new Heuristic("ios.injection_crash_wipe.crash-logs-emptied",
            Level.HIGH, "Safari followed a plain http:// page to another website in under a second (the pattern of "
                    + "network injection), and within a minute the crash-log folder changed for the last time and "
                    + "kept no crash report from before that moment. Exploits that crash a process leave crash "
                    + "reports, and Pegasus deleted them seconds after the injected redirect; this is what that "
                    + "looks like on disk. It does not prove it: the folder's time says only that an entry was "
                    + "added or removed then, not what; iOS itself moves, submits and prunes crash reports, and a "
                    + "phone that never crashed has an empty folder; and the folder's time is the dump's copy of "
                    + "it, which only careful acquisitions keep. Look at the redirect target and at what else "
                    + "happened on the phone at that time.");

    @Override
    public void check(InjectionThenCrashFolder record, CheckContext context) {
        Instant visit = record.visitIsodate().truncatedTo(ChronoUnit.SECONDS);
        Duration after = Duration.between(visit, record.folderModified());
        if (after.isNegative() || after.compareTo(WINDOW) > 0
                || record.oldestFile() != null && record.oldestFile().isBefore(visit)) {
            return;
        }
        String content = record.files() == 0 ? "is empty"
                : "holds " + record.files() + " file(s), none older than the visit (the oldest from "
                + record.oldestFile() + ")";
        context.heuristicAlert(EMPTIED_AFTER_INJECTION, "Safari visit to " + record.url() + " at "
                + record.visitIsodate() + " was redirected to " + record.redirectUrl() + " in under a second ("
                + record.historyDb() + "); " + record.folder() + " was last modified " + after.getSeconds()
                + " seconds later, at " + record.folderModified() + ", and " + content, record.visitIsodate(),
                record);
    }
}
