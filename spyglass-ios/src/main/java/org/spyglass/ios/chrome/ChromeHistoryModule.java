package org.spyglass.ios.chrome;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Chrome for iOS browsing history (History): visited URLs matched against indicators. */
public final class ChromeHistoryModule extends AbstractModule<ChromeHistoryRecord> {
    public static final String NAME = "chrome_history";
    /** The backup domain of Chrome for iOS. */
    public static final String DOMAIN = "AppDomain-com.google.chrome.ios";
    /** In {@link #DOMAIN}: {@code Library/Application Support/Google/Chrome/Default/History}. */
    public static final String RELATIVE_PATH = "Library/Application Support/Google/Chrome/Default/History";
    /** The backup's fileID of {@link #RELATIVE_PATH} in Chrome's domain. */
    public static final String FILE_ID = "faf971ce92c3ac508c018dce1bef2a8b8e9838f1";
    /**
     * The app's data container: named after the bundle in a backup ({@code com.google.chrome.ios}), a UUID on a
     * file system dump; {@code *} covers both.
     */
    public static final String PATH = "/private/var/mobile/Containers/Data/Application/*/" + RELATIVE_PATH;

    public ChromeHistoryModule() {
        super(NAME, ChromeHistoryRecord.class, "Chrome browsing history (History): visited URLs matched",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(PATH));
    }

    @Override
    public Parser<ChromeHistoryRecord> parser() {
        return new ChromeHistoryParser();
    }

    @Override
    public Checker<ChromeHistoryRecord> checker() {
        return new ChromeHistoryChecker();
    }

    @Override
    public TimelineMapper<ChromeHistoryRecord> timeline() {
        return new ChromeHistoryTimeline();
    }
}
