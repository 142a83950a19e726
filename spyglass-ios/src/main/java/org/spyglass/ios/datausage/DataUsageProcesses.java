package org.spyglass.ios.datausage;

import java.util.function.Consumer;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.ProcessSighting;

/**
 * The process of a DataUsage or netusage row, seen first at {@code ZFIRSTTIMESTAMP} and last at
 * {@code ZTIMESTAMP}; a row without a process (a live row pointing to a deleted one) names none.
 */
public final class DataUsageProcesses implements ProcessExtractor<DataUsageRecord> {
    private final String artifact;

    /** @param artifact the database's device path, or null when the module reads one of several */
    public DataUsageProcesses(String artifact) {
        this.artifact = artifact;
    }

    @Override
    public void processes(DataUsageRecord record, Consumer<ProcessSighting> out) {
        String name = record.procName();
        if (name == null || name.isBlank()) {
            return;
        }
        if (record.firstIsodate() == null && record.isodate() == null) {
            out.accept(ProcessSighting.untimed(name, null, artifact));
        }
        if (record.firstIsodate() != null) {
            out.accept(new ProcessSighting(name, null, record.firstIsodate(), ProcessSighting.FIRST_SEEN, artifact));
        }
        if (record.isodate() != null) {
            out.accept(new ProcessSighting(name, null, record.isodate(), ProcessSighting.LAST_SEEN, artifact));
        }
    }
}
