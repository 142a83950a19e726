package org.spyglass.ios.shortcuts;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.module.UrlExtractor;
import org.spyglass.core.module.UrlRecord;
import org.spyglass.core.source.SourceKind;

/** Shortcuts of the Shortcuts app (Shortcuts.sqlite): links in their actions matched against the indicators. */
public final class ShortcutsModule extends AbstractModule<Shortcut> {
    public static final String NAME = "shortcuts";
    /** HomeDomain {@code Library/Shortcuts/Shortcuts.sqlite}, fileID 5b4d0b44b5990f62b9f4d34ad8dc382bf0b01094. */
    public static final String PATH = "/private/var/mobile/Library/Shortcuts/Shortcuts.sqlite";

    public ShortcutsModule() {
        super(NAME, Shortcut.class, "Shortcuts (Shortcuts.sqlite): links in their actions matched",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(PATH));
    }

    @Override
    public Parser<Shortcut> parser() {
        return new ShortcutsParser();
    }

    @Override
    public Checker<Shortcut> checker() {
        return new ShortcutsChecker();
    }

    @Override
    public TimelineMapper<Shortcut> timeline() {
        return new ShortcutsTimeline();
    }

    @Override
    public UrlExtractor<Shortcut> urls() {
        return (shortcut, out) -> shortcut.actionUrls().forEach(url -> out.accept(new UrlRecord(url,
                shortcut.isodate(), NAME)));
    }
}
