package org.spyglass.ios.backupinfo;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.SourceKind;

/**
 * Device and backup facts from the backup's own Info.plist, with the model name; flags an iOS version that was
 * outdated on the backup date. It declares no device files: it reads the backup folder itself, so it always runs.
 */
public final class BackupInfoModule extends AbstractModule<BackupInfoRecord> {
    public static final String NAME = "backup_info";

    public BackupInfoModule() {
        super(NAME, BackupInfoRecord.class,
                "Device and backup facts (the backup's Info.plist): model, iOS version, identifiers; outdated iOS "
                        + "flagged", Set.of(SourceKind.IOS_BACKUP), List.of());
    }

    @Override
    public Parser<BackupInfoRecord> parser() {
        return new BackupInfoParser();
    }

    @Override
    public Checker<BackupInfoRecord> checker() {
        return new BackupInfoChecker();
    }
}
