package org.spyglass.ios.netusage;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;
import org.spyglass.ios.datausage.DataUsageChecker;
import org.spyglass.ios.datausage.DataUsageParser;
import org.spyglass.ios.datausage.DataUsageProcesses;
import org.spyglass.ios.datausage.DataUsageRecord;
import org.spyglass.ios.datausage.DataUsageTimeline;
import org.spyglass.ios.datausage.UsageDatabase;

/**
 * Per-process network usage kept by networkd (netusage.sqlite), which backups do not hold: the DataUsage schema,
 * read, judged and put on the timeline by the datausage module's own stages.
 */
public final class NetusageModule extends AbstractModule<DataUsageRecord> {
    public static final String NAME = "netusage";
    /** The database, as Amnesty and MVT name it. */
    public static final UsageDatabase DATABASE = new UsageDatabase(NAME, "netusage.sqlite");
    /** Where networkd keeps it: older iOS versions in the first, newer in the second. */
    public static final List<String> PATHS = List.of("/private/var/networkd/netusage.sqlite",
            "/private/var/networkd/db/netusage.sqlite");

    public NetusageModule() {
        super(NAME, DataUsageRecord.class,
                "Network usage per process (netusage.sqlite): process names matched, deleted process rows flagged",
                Set.of(SourceKind.IOS_FILESYSTEM), PATHS);
    }

    /** Usage rows are short counters (about 80 bytes each): many records per byte. */
    @Override
    public int bytesPerRecordHint() {
        return 80;
    }

    @Override
    public Parser<DataUsageRecord> parser() {
        return new DataUsageParser(DATABASE);
    }

    @Override
    public Checker<DataUsageRecord> checker() {
        return new DataUsageChecker(DATABASE);
    }

    @Override
    public TimelineMapper<DataUsageRecord> timeline() {
        return new DataUsageTimeline(DATABASE);
    }

    /** The record does not say which of {@link #PATHS} it came from, so its sightings name no artifact. */
    @Override
    public ProcessExtractor<DataUsageRecord> processes() {
        return new DataUsageProcesses(null);
    }
}
