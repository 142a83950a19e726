package org.spyglass.ios.firefox;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Firefox for iOS browsing history (browser.db): visited URLs matched against indicators. */
public final class FirefoxHistoryModule extends AbstractModule<FirefoxHistoryRecord> {
    public static final String NAME = "firefox_history";
    /** The backup domain of Firefox for iOS's shared app-group container. */
    public static final String DOMAIN = "AppDomainGroup-group.org.mozilla.ios.Firefox";
    /** In {@link #DOMAIN}. */
    public static final String RELATIVE_PATH = "profile.profile/browser.db";
    /** The backup's fileID of {@link #RELATIVE_PATH} in {@link #DOMAIN}. */
    public static final String FILE_ID = "2e57c396a35b0d1bcbc624725002d98bd61d142b";
    /**
     * The app-group container: named after the group in a backup, a UUID on a file system dump ({@code *}); the
     * second path is the one MVT gives for file system dumps.
     */
    public static final List<String> PATHS = List.of(
            "/private/var/mobile/Containers/Shared/AppGroup/*/" + RELATIVE_PATH,
            "/private/var/mobile/" + RELATIVE_PATH);

    public FirefoxHistoryModule() {
        super(NAME, FirefoxHistoryRecord.class, "Firefox browsing history (browser.db): visited URLs matched",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), PATHS);
    }

    @Override
    public Parser<FirefoxHistoryRecord> parser() {
        return new FirefoxHistoryParser();
    }

    @Override
    public Checker<FirefoxHistoryRecord> checker() {
        return new FirefoxHistoryChecker();
    }

    @Override
    public TimelineMapper<FirefoxHistoryRecord> timeline() {
        return new FirefoxHistoryTimeline();
    }
}
