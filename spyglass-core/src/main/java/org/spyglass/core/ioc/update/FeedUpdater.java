package org.spyglass.core.ioc.update;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.ioc.load.FeedIndex;
import org.spyglass.core.ioc.load.IndicatorFileLoader;
import org.spyglass.core.ioc.load.LoadedFile;
import org.spyglass.core.module.Warning;

/**
 * {@code iocs update}: downloads every feed of an MVT-style {@code indicators.yaml} index into the data folder.
 *
 * <p>Each feed is first downloaded into a private temporary folder next to the data folder and parsed; only feeds
 * that download and parse are then moved into place, each with an atomic rename. A feed that fails is a warning and
 * its previous copy stays as it was. Files are named like MVT names them: the URL without its scheme, with every
 * {@code /} (and any character unsafe in a file name) replaced by {@code _}. The state ({@link UpdateState}) records
 * the time and, per file, the feed, URL and SHA-256.
 *
 * <p>The network is used only by {@link #update()}. An unreachable index, or an update in which no feed at all could
 * be downloaded, is a {@link SpyglassException} with {@link ExitCode#NETWORK_ERROR}.
 */
public final class FeedUpdater {
    /** The index MVT uses. */
    public static final URI DEFAULT_INDEX =
            URI.create("https://raw.githubusercontent.com/mvt-project/mvt-indicators/main/indicators.yaml");
    /** The largest feed file accepted. */
    public static final long MAX_FEED_BYTES = 64L * 1024 * 1024;

    private final Path dataFolder;
    private final URI indexUrl;
    private final String githubRawBase;
    private final Clock clock;
    private final Downloader downloader = new Downloader(MAX_FEED_BYTES);

    /**
     * @param dataFolder    where the feeds live (created when missing)
     * @param indexUrl      the {@code indicators.yaml} to read, normally {@link #DEFAULT_INDEX}
     * @param githubRawBase the base URL for {@code type: github} entries, normally {@link FeedIndex#GITHUB_RAW_BASE}
     * @param clock         the clock for the state file
     */
    public FeedUpdater(Path dataFolder, URI indexUrl, String githubRawBase, Clock clock) {
        this.dataFolder = Objects.requireNonNull(dataFolder, "dataFolder");
        this.indexUrl = Objects.requireNonNull(indexUrl, "indexUrl");
        this.githubRawBase = githubRawBase.endsWith("/") ? githubRawBase : githubRawBase + "/";
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The file name a feed URL is saved under, as MVT names it. */
    public static String fileNameFor(URI url) {
        String text = url.toString().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_';
            out.append(safe ? c : '_');
        }
        return out.toString();
    }

    /** Downloads the index and its feeds; see the class comment for what happens on failures. */
    public UpdateReport update() {
        byte[] indexBytes = download(indexUrl, "the indicator index");
        FeedIndex index = FeedIndex.parse(indexUrl.toString(), indexBytes, githubRawBase);
        List<Warning> warnings = new ArrayList<>(index.warnings());
        Path temp = createTempFolder();
        try {
            Map<String, Staged> staged = new LinkedHashMap<>();
            for (FeedIndex.Feed feed : index.feeds()) {
                Staged s = stage(feed, temp, warnings);
                if (s != null) {
                    staged.put(s.fileName(), s);
                }
            }
            if (staged.isEmpty() && !index.feeds().isEmpty()) {
                throw new SpyglassException(ExitCode.NETWORK_ERROR, "None of the " + index.feeds().size()
                        + " feeds listed in " + indexUrl + " could be updated (last problem: "
                        + warnings.get(warnings.size() - 1).message() + "); the previous copies are kept.");
            }
            return install(staged, temp, warnings);
        } finally {
            deleteFolder(temp);
        }
    }

    private record Staged(FeedIndex.Feed feed, String fileName, Path file, LoadedFile loaded) {
    }

    private Staged stage(FeedIndex.Feed feed, Path temp, List<Warning> warnings) {
        String fileName = fileNameFor(feed.url());
        String kept = Files.exists(dataFolder.resolve(fileName)) ? "the previous copy is kept"
                : "there is no previous copy";
        byte[] content;
        try {
            content = downloader.get(feed.url());
        } catch (Downloader.DownloadException e) {
            warnings.add(new Warning("iocs update", feed.url().toString(),
                    "feed '" + feed.name() + "' could not be downloaded: " + e.getMessage() + "; " + kept));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpyglassException(ExitCode.INTERRUPTED, "The indicator update was interrupted.", e);
        }
        LoadedFile loaded;
        try {
            loaded = IndicatorFileLoader.load(feed.name(), fileName, content);
        } catch (SpyglassException e) {
            warnings.add(new Warning("iocs update", feed.url().toString(),
                    "feed '" + feed.name() + "' is not a usable indicator file (" + e.getMessage() + "); " + kept));
            return null;
        }
        Path file = temp.resolve(fileName);
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw SpyglassException.output("Cannot write the downloaded feed to " + file + ": " + e.getMessage()
                    + ".", e);
        }
        return new Staged(feed, fileName, file, loaded);
    }

    private UpdateReport install(Map<String, Staged> staged, Path temp, List<Warning> warnings) {
        Instant now = clock.instant();
        Map<String, UpdateState.FileState> states = new LinkedHashMap<>();
        UpdateState.read(dataFolder).files().forEach(f -> states.put(f.file(), f));
        List<UpdateReport.UpdatedFeed> updated = new ArrayList<>();
        try {
            Files.createDirectories(dataFolder);
            for (Staged s : staged.values()) {
                Path target = dataFolder.resolve(s.fileName());
                Files.move(s.file(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                String sha256 = s.loaded().file().sha256();
                states.put(s.fileName(), new UpdateState.FileState(s.fileName(), s.feed().name(),
                        s.feed().url().toString(), sha256, now.toString()));
                updated.add(new UpdateReport.UpdatedFeed(s.feed().name(), s.feed().url(), target, sha256,
                        s.loaded().file().total()));
            }
            Path stateFile = temp.resolve(UpdateState.FILE_NAME);
            new UpdateState(now.toString(), indexUrl.toString(), new ArrayList<>(states.values())).write(stateFile);
            Files.move(stateFile, dataFolder.resolve(UpdateState.FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw SpyglassException.output("Cannot put the downloaded feeds into " + dataFolder + ": "
                    + e.getMessage() + ".", e);
        }
        return new UpdateReport(now, dataFolder, updated, warnings);
    }

    private byte[] download(URI url, String what) {
        try {
            return downloader.get(url);
        } catch (Downloader.DownloadException e) {
            throw new SpyglassException(ExitCode.NETWORK_ERROR, "Cannot download " + what + " from " + url + ": "
                    + e.getMessage() + "; check the network connection or the index URL.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpyglassException(ExitCode.INTERRUPTED, "The indicator update was interrupted.", e);
        }
    }

    private Path createTempFolder() {
        Path parent = dataFolder.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, ".indicators-update-");
        } catch (IOException e) {
            throw SpyglassException.output("Cannot create a temporary folder in " + parent + " for the update: "
                    + e.getMessage() + ".", e);
        }
    }

    private static void deleteFolder(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
    }
}
