package org.spyglass.ios.processbinaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.source.SourceKind;
import org.spyglass.ios.datausage.DataUsageModule;
import org.spyglass.ios.netusage.NetusageModule;

/**
 * Processes of DataUsage.sqlite and netusage.sqlite that belong to no app and whose name is the name of no file in
 * the dump: MVT's NetBase check for filesystem dumps, as its own module reading both databases and walking the dump.
 */
public final class ProcessBinariesModule extends AbstractModule<ProcessBinary> {
    public static final String NAME = "process_binaries";

    public ProcessBinariesModule() {
        super(NAME, ProcessBinary.class, "Processes without bundle id in DataUsage.sqlite and netusage.sqlite whose "
                + "executable is nowhere in the dump", Set.of(SourceKind.IOS_FILESYSTEM), paths());
    }

    private static List<String> paths() {
        List<String> paths = new ArrayList<>();
        paths.add(DataUsageModule.PATH);
        paths.addAll(NetusageModule.PATHS);
        return paths;
    }

    @Override
    public Parser<ProcessBinary> parser() {
        return new ProcessBinariesParser();
    }

    @Override
    public Checker<ProcessBinary> checker() {
        return new ProcessBinariesChecker();
    }

    /** The process, at its first and last network use, from the database that names it. */
    @Override
    public ProcessExtractor<ProcessBinary> processes() {
        return (record, out) -> {
            if (record.firstIsodate() != null) {
                out.accept(new ProcessSighting(record.procName(), null, record.firstIsodate(),
                        ProcessSighting.FIRST_SEEN, record.database()));
            }
            if (record.isodate() != null) {
                out.accept(new ProcessSighting(record.procName(), null, record.isodate(), ProcessSighting.LAST_SEEN,
                        record.database()));
            }
        };
    }
}
