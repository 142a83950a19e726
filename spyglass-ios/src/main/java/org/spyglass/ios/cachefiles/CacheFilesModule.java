package org.spyglass.ios.cachefiles;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * Every CFNetwork URL cache ({@code Cache.db}) of a filesystem dump, among them CoreTelephony's, where Amnesty found
 * Pegasus URLs: cached URLs matched against the indicators.
 */
public final class CacheFilesModule extends AbstractModule<CacheResponse> {
    public static final String NAME = "cache_files";

    public CacheFilesModule() {
        super(NAME, CacheResponse.class, "Every URL cache (Cache.db) of the dump: cached URLs matched",
                Set.of(SourceKind.IOS_FILESYSTEM), List.of("/**/Cache.db"));
    }

    @Override
    public Parser<CacheResponse> parser() {
        return new CacheFilesParser();
    }

    @Override
    public Checker<CacheResponse> checker() {
        return new CacheFilesChecker();
    }

    @Override
    public TimelineMapper<CacheResponse> timeline() {
        return new CacheFilesTimeline();
    }
}
