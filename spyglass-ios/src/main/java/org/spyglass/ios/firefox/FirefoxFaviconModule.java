package org.spyglass.ios.firefox;

import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Firefox for iOS favicons (browser.db): icon and page URLs matched against indicators. */
public final class FirefoxFaviconModule extends AbstractModule<FirefoxFaviconRecord> {
    public static final String NAME = "firefox_favicon";

    /** Reads the same browser.db as {@link FirefoxHistoryModule}, at the same paths. */
    public FirefoxFaviconModule() {
        super(NAME, FirefoxFaviconRecord.class, "Firefox favicons (browser.db): icon and page URLs matched",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), FirefoxHistoryModule.PATHS);
    }

    @Override
    public Parser<FirefoxFaviconRecord> parser() {
        return new FirefoxFaviconParser();
    }

    @Override
    public Checker<FirefoxFaviconRecord> checker() {
        return new FirefoxFaviconChecker();
    }

    @Override
    public TimelineMapper<FirefoxFaviconRecord> timeline() {
        return new FirefoxFaviconTimeline();
    }
}
