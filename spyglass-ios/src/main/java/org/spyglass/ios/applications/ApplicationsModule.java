package org.spyglass.ios.applications;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * Installed apps and their App Store metadata: bundle ids matched against indicators, apps from outside the App
 * Store flagged. In a backup it reads the backup's own Info.plist (not a device file), in a filesystem dump
 * {@link #FILESYSTEM_GLOB}; it finds its input itself, so it declares no artifact and always runs.
 */
public final class ApplicationsModule extends AbstractModule<ApplicationRecord> {
    public static final String NAME = "applications";
    /** Each app bundle's App Store metadata on the device. */
    public static final String FILESYSTEM_GLOB = "/private/var/containers/Bundle/Application/*/iTunesMetadata.plist";

    public ApplicationsModule() {
        super(NAME, ApplicationRecord.class,
                "Installed apps (Info.plist Applications, iTunesMetadata.plist): bundle ids matched, apps not from "
                        + "the App Store flagged", Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM),
                List.of());
    }

    @Override
    public Parser<ApplicationRecord> parser() {
        return new ApplicationsParser();
    }

    @Override
    public Checker<ApplicationRecord> checker() {
        return new ApplicationsChecker();
    }

    @Override
    public TimelineMapper<ApplicationRecord> timeline() {
        return new ApplicationsTimeline();
    }
}
