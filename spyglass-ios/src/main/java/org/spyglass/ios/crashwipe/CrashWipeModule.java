package org.spyglass.ios.crashwipe;

import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.source.SourceKind;
import org.spyglass.ios.safari.SafariInjections;

/**
 * Safari redirects of the network-injection pattern with the CrashReporter folder's time and content: a folder
 * emptied within a minute after such a redirect is flagged. Reads Safari's History.db and walks the crash-log folder
 * itself; folder dumps only, since backups and archives do not keep the folder's time.
 */
public final class CrashWipeModule extends AbstractModule<InjectionThenCrashFolder> {
    public static final String NAME = "injection_crash_wipe";

    public CrashWipeModule() {
        super(NAME, InjectionThenCrashFolder.class, "Crash-log folder emptied within a minute after a Safari "
                + "redirect of the network-injection pattern", Set.of(SourceKind.IOS_FILESYSTEM),
                SafariInjections.HISTORY_PATHS);
    }

    @Override
    public Parser<InjectionThenCrashFolder> parser() {
        return new CrashWipeParser();
    }

    @Override
    public Checker<InjectionThenCrashFolder> checker() {
        return new CrashWipeChecker();
    }

    /** The crash-log folder's last change, once per injection-pattern visit. */
    @Override
    public TimelineMapper<InjectionThenCrashFolder> timeline() {
        return (record, out) -> out.accept(new TimelineEvent(record.folderModified(), NAME, "crash_folder_modified",
                record.folder() + " last modified " + record.secondsAfter() + " seconds after the redirect of "
                        + record.url() + " to " + record.redirectUrl()));
    }
}
