package org.spyglass.ios.webkitfolders;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * A module over folders of WebKit per-site storage on filesystem dumps: the three concrete modules differ only in
 * the folders they list and what they call them. The folders are listed by the parser itself, so no artifact is
 * declared.
 */
abstract class WebkitFolderModule extends AbstractModule<WebkitFolderRecord> {
    /** App containers' Library folder on the device. */
    static final String APPS = "/private/var/mobile/Containers/Data/Application/*/Library/";

    private final List<String> folders;
    private final String what;

    WebkitFolderModule(String name, String description, List<String> folders, String what) {
        super(name, WebkitFolderRecord.class, description, Set.of(SourceKind.IOS_FILESYSTEM), List.of());
        this.folders = List.copyOf(folders);
        this.what = what;
    }

    @Override
    public final Parser<WebkitFolderRecord> parser() {
        return new WebkitFolderParser(folders, what);
    }

    @Override
    public final Checker<WebkitFolderRecord> checker() {
        return new WebkitFolderChecker(what);
    }

    @Override
    public final TimelineMapper<WebkitFolderRecord> timeline() {
        return new WebkitFolderTimeline(name(), name(), what);
    }
}
