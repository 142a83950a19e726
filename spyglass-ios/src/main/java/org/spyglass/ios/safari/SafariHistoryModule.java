package org.spyglass.ios.safari;

import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Safari history of every profile (History.db): URLs matched, sub-second HTTP redirects to another site flagged. */
public final class SafariHistoryModule extends AbstractModule<SafariVisit> {
    public static final String NAME = "safari_history";
    /** HomeDomain {@code Library/Safari/History.db}, fileID 1a0e7afc19d307da602ccdcece51af33afe92c53. */
    public static final String PATH = "/private/var/mobile/Library/Safari/History.db";

    public SafariHistoryModule() {
        super(NAME, SafariVisit.class,
                "Safari history of every profile (History.db): URLs matched, fast HTTP redirects to another site "
                        + "flagged", Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM),
                SafariPaths.of("History.db"));
    }

    /** A visit is a short row (about 90 bytes with its share of its history item): many records per byte. */
    @Override
    public int bytesPerRecordHint() {
        return 90;
    }

    @Override
    public Parser<SafariVisit> parser() {
        return new SafariHistoryParser();
    }

    @Override
    public Checker<SafariVisit> checker() {
        return new SafariHistoryChecker();
    }

    @Override
    public TimelineMapper<SafariVisit> timeline() {
        return new SafariHistoryTimeline();
    }
}
