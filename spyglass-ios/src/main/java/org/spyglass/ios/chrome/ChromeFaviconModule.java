package org.spyglass.ios.chrome;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Chrome for iOS favicons (Favicons): the pages and icon URLs matched against indicators. */
public final class ChromeFaviconModule extends AbstractModule<ChromeFaviconRecord> {
    public static final String NAME = "chrome_favicon";
    /** The backup domain of Chrome for iOS. */
    public static final String DOMAIN = ChromeHistoryModule.DOMAIN;
    /** In {@link #DOMAIN}: {@code Library/Application Support/Google/Chrome/Default/Favicons}. */
    public static final String RELATIVE_PATH = "Library/Application Support/Google/Chrome/Default/Favicons";
    /** The backup's fileID of {@link #RELATIVE_PATH} in Chrome's domain. */
    public static final String FILE_ID = "55680ab883d0fdcffd94f959b1632e5fbbb18c5b";
    /** The app's data container, bundle-named in a backup and a UUID on a file system dump ({@code *}). */
    public static final String PATH = "/private/var/mobile/Containers/Data/Application/*/" + RELATIVE_PATH;

    public ChromeFaviconModule() {
        super(NAME, ChromeFaviconRecord.class, "Chrome favicons (Favicons): page and icon URLs matched",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(PATH));
    }

    @Override
    public Parser<ChromeFaviconRecord> parser() {
        return new ChromeFaviconParser();
    }

    @Override
    public Checker<ChromeFaviconRecord> checker() {
        return new ChromeFaviconChecker();
    }

    @Override
    public TimelineMapper<ChromeFaviconRecord> timeline() {
        return new ChromeFaviconTimeline();
    }
}
