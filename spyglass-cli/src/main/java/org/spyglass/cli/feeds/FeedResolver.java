package org.spyglass.cli.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.ioc.load.IndicatorFileLoader;
import org.spyglass.core.ioc.load.LoadedFile;
import org.spyglass.core.ioc.match.IndicatorSetBuilder;
import org.spyglass.core.ioc.update.UpdateState;
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
 */
public final class FeedResolver {
    private static final int MAX_FILES_PER_FOLDER = 10_000;

    private final Path dataFolder;
    private final Map<String, String> env;

    /**
     * @param dataFolder where {@code iocs update} keeps feeds, usually {@link #defaultDataFolder(Map)}
     * @param env        the environment (for {@code SPYGLASS_IOCS} and {@code MVT_STIX2})
     */
    public FeedResolver(Path dataFolder, Map<String, String> env) {
        this.dataFolder = Objects.requireNonNull(dataFolder, "dataFolder");
        this.env = Map.copyOf(env);
    }

    /** {@code $XDG_DATA_HOME/spyglass/indicators}, else {@code ~/.local/share/spyglass/indicators}. */
    public static Path defaultDataFolder(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
        return base.resolve("spyglass").resolve("indicators");
    }

    /**
     * Loads every source.
     *
     * @param iocs    the {@code --iocs} paths, files or folders
     * @param bundled whether to include the bundled feeds
     * @throws SpyglassException (input error) when a file the user named cannot be used
     */
    public ResolvedIndicators resolve(List<Path> iocs, boolean bundled) {
        Run run = new Run();
        if (bundled) {
            // Parsed on every core (they are small and many), added in manifest order, so the result is the same.
            BundledFeeds.manifest().parallelStream().map(BundledFeeds::load).toList().forEach(run::add);
        }
        if (Files.isDirectory(dataFolder)) {
            UpdateState state = UpdateState.read(dataFolder);
            for (Path file : walk(dataFolder)) {
                String feed = state.feedOf(file.getFileName().toString());
                run.addFound(feed == null ? "Downloaded feeds" : feed, file);
            }
        }
        iocs.forEach(path -> run.addNamed("--iocs", path));
        for (String variable : List.of("SPYGLASS_IOCS", "MVT_STIX2")) {
            for (String entry : env.getOrDefault(variable, "").split(":")) {
                if (!entry.isBlank()) {
                    run.addNamed(variable, Path.of(entry.strip()));
                }
            }
        }
        return new ResolvedIndicators(run.builder.build(), run.warnings);
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

        void addNamed(String origin, Path path) {
            if (Files.isDirectory(path)) {
                List<Path> files = walk(path);
                if (files.isEmpty()) {
                    throw SpyglassException.input("The folder " + path + " given by " + origin
                            + " holds no indicator file (*.stix2, *.json, *.yaml).");
                }
                addAllFound(origin, files);
            } else if (Files.isRegularFile(path)) {
                add(IndicatorFileLoader.load(origin, path));
            } else {
                throw SpyglassException.input("The indicator file " + path + " given by " + origin
                        + " does not exist.");
            }
        }

        void addFound(String feed, Path file) {
            addLoaded(file, loadFound(feed, file));
        }

        /**
         * Loads the files of a folder one ahead, on another thread, while the previous one is merged; results are
         * merged in the folder's order, so the set and the warnings are those of loading one after the other.
         */
        void addAllFound(String feed, List<Path> files) {
            CompletableFuture<Object> next = CompletableFuture.supplyAsync(() -> loadFound(feed, files.get(0)));
            for (int i = 0; i < files.size(); i++) {
                Object loaded = result(next);
                if (i + 1 < files.size()) {
                    Path following = files.get(i + 1);
                    next = CompletableFuture.supplyAsync(() -> loadFound(feed, following));
                }
                addLoaded(files.get(i), loaded);
            }
        }

        /** What the load gave; a failure other than an unusable file goes on as it would without the thread. */
        private static Object result(CompletableFuture<Object> load) {
            try {
                return load.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }

        /** The loaded file, or the {@link SpyglassException} that says why it cannot be used. */
        private static Object loadFound(String feed, Path file) {
            try {
                return IndicatorFileLoader.load(feed, file);
            } catch (SpyglassException e) {
                return e;
            }
        }

        private void addLoaded(Path file, Object loaded) {
            if (loaded instanceof LoadedFile loadedFile) {
                add(loadedFile);
            } else {
                warnings.add(new Warning("indicators", file.toString(),
                        ((SpyglassException) loaded).getMessage() + " The file was skipped."));
            }
        }
    }

    private static List<Path> walk(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(FeedResolver::isIndicatorFileName)
                    .sorted()
                    .limit(MAX_FILES_PER_FOLDER)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw SpyglassException.input("Cannot list the indicator folder " + folder + ": " + e.getMessage() + ".",
                    e);
        }
    }

    private static boolean isIndicatorFileName(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || lower.equals("indicators.yaml") || lower.equals("indicators.yml")) {
            return false;
        }
        return lower.endsWith(".stix2") || lower.endsWith(".json") || lower.endsWith(".yaml")
                || lower.endsWith(".yml");
    }
}
