package org.spyglass.cli.feeds;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.Throwables;
import org.spyglass.core.ioc.cache.IndicatorCache;
import org.spyglass.core.ioc.load.LoadedFile;
import org.spyglass.core.ioc.match.IndicatorSet;
import org.spyglass.core.ioc.match.IndicatorSetBuilder;
import org.spyglass.core.module.Warning;

/**
 * Builds the indicator set of a run from, in this order: the bundled feeds (unless disabled), the feeds downloaded
 * by {@code iocs update} into the data folder, every {@code --iocs} path, then the paths in {@code SPYGLASS_IOCS}
 * and {@code MVT_STIX2} (colon-separated files or folders).
 *
 * <p>A file the user named (by {@code --iocs} or an environment variable) that is missing, unreadable or in no known
 * format stops the run with a {@link SpyglassException}. Files found by walking a folder, and downloaded feeds, are
 * only skipped with a warning. Folders are walked recursively for {@code *.stix2}, {@code *.json}, {@code *.yaml}
 * and {@code *.yml} files, skipping hidden files and {@code indicators.yaml} feed indexes. A file whose content was
 * already loaded (the same feed reached twice) is loaded once.
 *
 * <p>With an {@link IndicatorCache}, the compiled set is kept keyed by the SHA-256 of every file, so that a later run
 * over the same files reads it instead of parsing them (the files are still read and hashed on every run). The
 * compiled set of the bundled feeds alone is made at build time and shipped with Spyglass ({@link
 * ShippedIndicators}), so that even a first run of them parses nothing.
 */
public final class FeedResolver {
    private final Path dataFolder;
    private final Map<String, String> env;
    private final IndicatorCache cache;
    private final URL shipped;

    /**
     * What a run would load, parsed, with the key of its compiled set.
     *
     * @param key      the key {@link IndicatorCache#key} gives for the sources
     * @param parsed   the parsed set
     * @param warnings the warnings the parsing gave
     */
    record Compiled(String key, IndicatorSet parsed, List<Warning> warnings) {
    }

    /**
     * A resolver without the indicator cache.
     *
     * @param dataFolder where {@code iocs update} keeps feeds, usually {@link #defaultDataFolder(Map)}
     * @param env        the environment (for {@code SPYGLASS_IOCS} and {@code MVT_STIX2})
     */
    public FeedResolver(Path dataFolder, Map<String, String> env) {
        this(dataFolder, env, null);
    }

    /**
     * @param dataFolder where {@code iocs update} keeps feeds, usually {@link #defaultDataFolder(Map)}
     * @param env        the environment (for {@code SPYGLASS_IOCS} and {@code MVT_STIX2})
     * @param cache      where compiled sets are kept ({@link IndicatorCache#defaultFolder(Map)}); null for none
     */
    public FeedResolver(Path dataFolder, Map<String, String> env, Path cache) {
        this(Objects.requireNonNull(dataFolder, "dataFolder"), env, cache == null ? null : new IndicatorCache(cache),
                ShippedIndicators.resource());
    }

    private FeedResolver(Path dataFolder, Map<String, String> env, IndicatorCache cache, URL shipped) {
        this.dataFolder = dataFolder;
        this.env = Map.copyOf(env);
        this.cache = cache;
        this.shipped = shipped;
    }

    /** A resolver of the bundled feeds alone: no data folder, no environment, no cache. */
    static FeedResolver bundledOnly() {
        return new FeedResolver(null, Map.of(), null, null);
    }

    /**
     * The same resolver without the compiled set of the bundled feeds shipped with Spyglass: a run of the bundled
     * feeds alone then parses them (or reads them from the cache), as any other feeds.
     */
    public FeedResolver withoutShippedSet() {
        return withShippedSet(null);
    }

    /** The same resolver reading the shipped compiled set from {@code location} (null: none). */
    FeedResolver withShippedSet(URL location) {
        return new FeedResolver(dataFolder, env, cache, location);
    }

    /** {@code $XDG_DATA_HOME/spyglass/indicators}, else {@code ~/.local/share/spyglass/indicators}. */
    public static Path defaultDataFolder(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
        return base.resolve("spyglass").resolve("indicators");
    }

    /**
     * Loads every source. With a cache, every file is read and hashed first: when they are the bundled feeds alone,
     * the compiled set shipped with Spyglass is read; when the same files were loaded before, the set is read from
     * the cache; otherwise they are parsed and the set is cached. Without a cache, every file is parsed.
     *
     * @param iocs    the {@code --iocs} paths, files or folders
     * @param bundled whether to include the bundled feeds
     * @throws SpyglassException (input error) when a file the user named cannot be used
     */
    public ResolvedIndicators resolve(List<Path> iocs, boolean bundled) {
        List<FeedSource> sources = FeedPlan.of(dataFolder, env, iocs, bundled);
        if (cache == null) {
            return load(sources, "indicators: parsed (indicator cache not used)", List.of());
        }
        CacheReadAhead ahead = sources.stream().allMatch(FeedSource::isBundled) ? null : CacheReadAhead.start(cache);
        List<String> key = FeedSource.hashAll(sources);
        if (key == null) {
            CacheReadAhead.drop(ahead);
            return load(sources, "indicators: parsed; not cached (a feed file could not be hashed)", List.of());
        }
        String cacheKey = IndicatorCache.key(key);
        List<Warning> problems = new ArrayList<>();
        IndicatorCache.Lookup early = CacheReadAhead.take(ahead, cacheKey, cache);
        if (early != null && early.cached() != null) {
            IndicatorCache.Cached cached = early.cached();
            return new ResolvedIndicators(cached.indicators(), cached.warnings(), "indicators: read from the cache "
                    + cached.file() + " (feed files unchanged by SHA-256; parsing skipped)");
        }
        if (shipped != null) {
            IndicatorCache.Compiled compiled = ShippedIndicators.read(shipped, cacheKey, problems);
            if (compiled != null) {
                return new ResolvedIndicators(compiled.indicators(), compiled.warnings(), "indicators: read from the "
                        + "compiled set shipped with Spyglass (bundled feed files unchanged by SHA-256; parsing "
                        + "skipped)");
            }
        }
        IndicatorCache.Lookup lookup = early != null ? early : cache.read(cacheKey);
        if (lookup.cached() != null) {
            IndicatorCache.Cached cached = lookup.cached();
            problems.addAll(cached.warnings());
            return new ResolvedIndicators(cached.indicators(), problems, "indicators: read from the cache "
                    + cached.file() + " (feed files unchanged by SHA-256; parsing skipped)");
        }
        if (lookup.problem() != null) {
            problems.add(new Warning("indicators", cache.file(cacheKey).toString(), lookup.problem()));
        }
        ResolvedIndicators parsed = load(sources, null, problems);
        if (!FeedSource.unchanged(sources, parsed.indicators().files())) {
            return parsed.withCache("indicators: parsed; not cached (a feed file changed while it was read)");
        }
        List<Warning> loading = List.copyOf(parsed.warnings().subList(problems.size(), parsed.warnings().size()));
        IndicatorSet set = (IndicatorSet) parsed.indicators();
        CompletableFuture<String> line = new CompletableFuture<>();
        Thread writer = new Thread(() -> line.complete(writeCache(cacheKey, set, loading)), "spyglass-indicator-cache");
        writer.start();
        return parsed.withCache(line);
    }

    /** Writes the cache file (on its own thread: the check need not wait) and says how it went. */
    private String writeCache(String key, IndicatorSet set, List<Warning> warnings) {
        try {
            return "indicators: parsed; the compiled set was written to the cache " + cache.write(key, set, warnings);
        } catch (IOException | RuntimeException | Error e) {
            return "indicators: parsed; the cache could not be written to " + cache.folder() + " (" + e.getMessage()
                    + ")";
        }
    }

    /**
     * Parses the bundled feeds (and whatever else this resolver would load) and computes the key of the set as
     * {@link #resolve} does.
     *
     * @throws IllegalStateException when a file cannot be hashed
     */
    Compiled compile(List<Path> iocs, boolean bundled) {
        List<FeedSource> sources = FeedPlan.of(dataFolder, env, iocs, bundled);
        List<String> key = FeedSource.hashAll(sources);
        if (key == null) {
            throw new IllegalStateException("a feed file could not be hashed");
        }
        ResolvedIndicators parsed = load(sources, null, List.of());
        return new Compiled(IndicatorCache.key(key), (IndicatorSet) parsed.indicators(), parsed.warnings());
    }

    /**
     * Parses the sources: the bundled feeds on every core (they are small and many), the files on one thread per core
     * while earlier ones are merged; results are merged in order, so the set and the warnings are those of loading
     * one after the other.
     */
    private static ResolvedIndicators load(List<FeedSource> sources, String cacheNote, List<Warning> problems) {
        Run run = new Run();
        run.warnings.addAll(problems);
        sources.stream().filter(FeedSource::isBundled).toList().parallelStream().map(FeedSource::load).toList()
                .forEach(loaded -> run.add((LoadedFile) loaded));
        List<FeedSource> files = sources.stream().filter(source -> !source.isBundled()).toList();
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService loaders = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "spyglass-feed-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Object>> ahead = new ArrayDeque<>();
            int submitted = 0;
            for (FeedSource file : files) {
                while (submitted < files.size() && ahead.size() < threads) {
                    ahead.add(loaders.submit(files.get(submitted++)::load));
                }
                run.addLoaded(file, result(ahead.poll()));
            }
        } finally {
            loaders.shutdownNow();
        }
        return new ResolvedIndicators(run.builder.build(), run.warnings, cacheNote);
    }

    /** What the load gave; a failure other than an unusable file goes on as it would without the thread. */
    private static Object result(Future<Object> load) {
        try {
            return load.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpyglassException(ExitCode.INTERRUPTED, "Loading the indicators was interrupted.", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(Throwables.throwIfUnchecked(e.getCause()));
        }
    }

    private static final class Run {
        private final IndicatorSetBuilder builder = new IndicatorSetBuilder();
        private final List<Warning> warnings = new ArrayList<>();
        private final Set<String> loadedContent = new HashSet<>();

        void add(LoadedFile file) {
            if (loadedContent.add(file.file().sha256())) {
                builder.add(file);
                warnings.addAll(file.warnings());
            }
        }

        /** Adds a loaded file; a file the user named that cannot be used stops the run, a found one is skipped. */
        void addLoaded(FeedSource source, Object loaded) {
            if (loaded instanceof LoadedFile loadedFile) {
                add(loadedFile);
            } else if (source.isNamed()) {
                throw (SpyglassException) loaded;
            } else {
                warnings.add(new Warning("indicators", source.path().toString(),
                        ((SpyglassException) loaded).getMessage() + " The file was skipped."));
            }
        }
    }
}
