package org.spyglass.ios.datausage;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Per-process network usage (DataUsage.sqlite): process names matched, deleted process rows flagged. */
public final class DataUsageModule extends AbstractModule<DataUsageRecord> {
    public static final String NAME = "datausage";
    /** WirelessDomain {@code Library/Databases/DataUsage.sqlite}, fileID 0d609c54856a9bb2d56729df1d68f2958a88426b. */
    public static final String PATH = "/private/var/wireless/Library/Databases/DataUsage.sqlite";

    public DataUsageModule() {
        super(NAME, DataUsageRecord.class,
                "Network usage per process (DataUsage.sqlite): process names matched, deleted process rows flagged",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(PATH));
    }

    /** Usage rows are short counters (about 80 bytes each): many records per byte. */
    @Override
    public int bytesPerRecordHint() {
        return 80;
    }

    @Override
    public Parser<DataUsageRecord> parser() {
        return new DataUsageParser(UsageDatabase.DATA_USAGE);
    }

    @Override
    public Checker<DataUsageRecord> checker() {
        return new DataUsageChecker(UsageDatabase.DATA_USAGE);
    }

    @Override
    public TimelineMapper<DataUsageRecord> timeline() {
        return new DataUsageTimeline(UsageDatabase.DATA_USAGE);
    }

    @Override
    public ProcessExtractor<DataUsageRecord> processes() {
        return new DataUsageProcesses(PATH);
    }
}
