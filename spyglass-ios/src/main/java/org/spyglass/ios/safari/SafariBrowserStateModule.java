package org.spyglass.ios.safari;

import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Safari's open tabs of every profile (BrowserState.db): tab URLs and their back-forward lists matched. */
public final class SafariBrowserStateModule extends AbstractModule<SafariTab> {
    public static final String NAME = "safari_browser_state";
    /** HomeDomain {@code Library/Safari/BrowserState.db}, fileID 3a47b0981ed7c10f3e2800aa66bac96a3b5db28e. */
    public static final String PATH = "/private/var/mobile/Library/Safari/BrowserState.db";

    public SafariBrowserStateModule() {
        super(NAME, SafariTab.class,
                "Safari open tabs of every profile (BrowserState.db): tab and back-forward URLs matched",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), SafariPaths.of("BrowserState.db"));
    }

    @Override
    public Parser<SafariTab> parser() {
        return new SafariBrowserStateParser();
    }

    @Override
    public Checker<SafariTab> checker() {
        return new SafariBrowserStateChecker();
    }

    @Override
    public TimelineMapper<SafariTab> timeline() {
        return new SafariBrowserStateTimeline();
    }
}
