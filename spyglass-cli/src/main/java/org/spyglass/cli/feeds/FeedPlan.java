package org.spyglass.cli.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.ioc.update.UpdateState;

/**
 * Which indicator files a run loads, in load order (see {@link FeedResolver}): the bundled feeds, the downloaded
 * feeds, the {@code --iocs} paths, then {@code SPYGLASS_IOCS} and {@code MVT_STIX2}. Folders are walked for
 * {@code *.stix2}, {@code *.json}, {@code *.yaml} and {@code *.yml} files, skipping hidden files and feed indexes.
 */
final class FeedPlan {
    private static final int MAX_FILES_PER_FOLDER = 10_000;

    private FeedPlan() {
    }

    /** Every file to load, in load order; throws when a path the user named is missing or an empty folder. */
    static List<FeedSource> of(Path dataFolder, Map<String, String> env, List<Path> iocs, boolean bundled) {
        List<FeedSource> sources = new ArrayList<>();
        if (bundled) {
            BundledFeeds.manifest().forEach(entry -> sources.add(FeedSource.bundled(entry)));
        }
        if (dataFolder != null && Files.isDirectory(dataFolder)) {
            UpdateState state = UpdateState.read(dataFolder);
            for (Path file : walk(dataFolder)) {
                String feed = state.feedOf(file.getFileName().toString());
                sources.add(FeedSource.found(feed == null ? "Downloaded feeds" : feed, file));
            }
        }
        iocs.forEach(path -> planNamed(sources, "--iocs", path));
        for (String variable : List.of("SPYGLASS_IOCS", "MVT_STIX2")) {
            for (String entry : env.getOrDefault(variable, "").split(":")) {
                if (!entry.isBlank()) {
                    planNamed(sources, variable, Path.of(entry.strip()));
                }
            }
        }
        return sources;
    }

    private static void planNamed(List<FeedSource> sources, String origin, Path path) {
        if (Files.isDirectory(path)) {
            List<Path> files = walk(path);
            if (files.isEmpty()) {
                throw SpyglassException.input("The folder " + path + " given by " + origin
                        + " holds no indicator file (*.stix2, *.json, *.yaml).");
            }
            files.forEach(file -> sources.add(FeedSource.found(origin, file)));
        } else if (Files.isRegularFile(path)) {
            sources.add(FeedSource.named(origin, path));
        } else {
            throw SpyglassException.input("The indicator file " + path + " given by " + origin
                    + " does not exist.");
        }
    }

    private static List<Path> walk(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(FeedPlan::isIndicatorFileName)
                    .sorted()
                    .limit(MAX_FILES_PER_FOLDER)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw SpyglassException.input("Cannot list the indicator folder " + folder + ": " + e.getMessage() + ".",
                    e);
        }
    }

    static boolean isIndicatorFileName(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || lower.equals("indicators.yaml") || lower.equals("indicators.yml")) {
            return false;
        }
        return lower.endsWith(".stix2") || lower.endsWith(".json") || lower.endsWith(".yaml")
                || lower.endsWith(".yml");
    }
}
