package org.spyglass.ios.correlation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;
import org.spyglass.ios.datausage.DataUsageModule;
import org.spyglass.ios.idstatuscache.IdStatusCacheModule;

/**
 * IDStatusCache lookups of e-mail or malformed handles followed within minutes by a new process in DataUsage.sqlite:
 * the zero-click iMessage pattern. Reads both artifacts itself, since modules run independently.
 */
public final class LookupProcessCorrelationModule extends AbstractModule<LookupThenProcess> {
    public static final String NAME = "lookup_process_correlation";

    public LookupProcessCorrelationModule() {
        super(NAME, LookupThenProcess.class,
                "IDStatusCache lookups followed within minutes by a new process in DataUsage.sqlite",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), paths());
    }

    private static List<String> paths() {
        List<String> paths = new ArrayList<>(IdStatusCacheModule.PATHS);
        paths.add(DataUsageModule.PATH);
        return paths;
    }

    @Override
    public Parser<LookupThenProcess> parser() {
        return new LookupProcessCorrelationParser();
    }

    @Override
    public Checker<LookupThenProcess> checker() {
        return new LookupProcessCorrelationChecker();
    }

    @Override
    public TimelineMapper<LookupThenProcess> timeline() {
        return new LookupProcessCorrelationTimeline();
    }

    /** The process that first used the network right after a lookup, at that first use (from DataUsage). */
    @Override
    public ProcessExtractor<LookupThenProcess> processes() {
        return (pair, out) -> {
            String name = pair.procName();
            if (name != null && !name.isBlank()) {
                out.accept(new ProcessSighting(name, null, pair.procFirstIsodate(),
                        ProcessSighting.FIRST_SEEN, DataUsageModule.PATH));
            }
        };
    }
}
