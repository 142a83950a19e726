package org.spyglass.ios.filesystem;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * Every file, folder and link of a filesystem dump: absolute paths matched against file-path, file-name and
 * process indicators, Pegasus's staging folder and launch file flagged, modification times on the timeline. It
 * walks the dump itself, so it declares no artifact and always runs on dumps.
 */
public final class FilesystemModule extends AbstractModule<FilesystemRecord> {
    public static final String NAME = "filesystem";

    public FilesystemModule() {
        super(NAME, FilesystemRecord.class,
                "Every path of the dump: file paths, file names and process names matched, Pegasus's staging "
                        + "folder flagged, modification times", Set.of(SourceKind.IOS_FILESYSTEM), List.of());
    }

    @Override
    public Parser<FilesystemRecord> parser() {
        return new FilesystemParser();
    }

    @Override
    public Checker<FilesystemRecord> checker() {
        return new FilesystemChecker();
    }

    @Override
    public TimelineMapper<FilesystemRecord> timeline() {
        return new FilesystemTimeline();
    }
}
