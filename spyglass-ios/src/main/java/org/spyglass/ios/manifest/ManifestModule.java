package org.spyglass.ios.manifest;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * Every file, folder and link the backup's Manifest.db lists: device paths and the hosts they spell out matched
 * against indicators, MACB times on the timeline, files missing from the backup reported. It reads the backup's
 * own Manifest.db, not a device file, so it declares no artifact and always runs on backups.
 */
public final class ManifestModule extends AbstractModule<ManifestRecord> {
    public static final String NAME = "manifest";

    public ManifestModule() {
        super(NAME, ManifestRecord.class,
                "Every file the backup lists (Manifest.db): paths and domains in paths matched, MACB timeline, "
                        + "missing files reported", Set.of(SourceKind.IOS_BACKUP), List.of());
    }

    @Override
    public Parser<ManifestRecord> parser() {
        return new ManifestParser();
    }

    @Override
    public Checker<ManifestRecord> checker() {
        return new ManifestChecker();
    }

    @Override
    public TimelineMapper<ManifestRecord> timeline() {
        return new ManifestTimeline();
    }
}
