package org.spyglass.ios.idstatuscache;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Cached iMessage/FaceTime handle lookups (idstatuscache.plist): looked-up e-mail addresses matched. */
public final class IdStatusCacheModule extends AbstractModule<IdStatusCacheRecord> {
    public static final String NAME = "id_status_cache";
    /**
     * HomeDomain {@code Library/Preferences/com.apple.identityservices.idstatuscache.plist} (fileID
     * 6b97989189901ceaa4e5be9b7f05fb584120e27b; backed up only before iOS 14.7), and the file-system location of
     * newer versions.
     */
    public static final List<String> PATHS = List.of(
            "/private/var/mobile/Library/Preferences/com.apple.identityservices.idstatuscache.plist",
            "/private/var/mobile/Library/IdentityServices/idstatuscache.plist");

    public IdStatusCacheModule() {
        super(NAME, IdStatusCacheRecord.class,
                "Cached iMessage/FaceTime lookups (idstatuscache.plist): looked-up e-mail addresses matched",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), PATHS);
    }

    @Override
    public Parser<IdStatusCacheRecord> parser() {
        return new IdStatusCacheParser();
    }

    @Override
    public Checker<IdStatusCacheRecord> checker() {
        return new IdStatusCacheChecker();
    }

    @Override
    public TimelineMapper<IdStatusCacheRecord> timeline() {
        return new IdStatusCacheTimeline();
    }
}
