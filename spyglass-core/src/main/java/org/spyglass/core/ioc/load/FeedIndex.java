package org.spyglass.core.ioc.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.module.Warning;

/**
 * An MVT-style {@code indicators.yaml}: the list of feeds {@code iocs update} downloads. Each entry is
 * {@code type: github} with {@code github: {owner, repo, branch (default main), path}}, or {@code type: other} with a
 * {@code download_url}; both have a {@code name}, {@code sources} and {@code references}.
 *
 * @param feeds    the usable entries, in index order
 * @param warnings entries that were skipped and why
 */
public record FeedIndex(List<Feed> feeds, List<Warning> warnings) {
    /** The raw-file base URL of GitHub, to which {@code owner/repo/branch/path} is appended. */
    public static final String GITHUB_RAW_BASE = "https://raw.githubusercontent.com/";

    /**
     * One feed of the index.
     *
     * @param name       the feed's name
     * @param url        where to download it from
     * @param sources    who published it
     * @param references reports describing it
     */
    public record Feed(String name, URI url, List<String> sources, List<String> references) {
        public Feed {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
            sources = List.copyOf(sources);
            references = List.copyOf(references);
        }
    }

    public FeedIndex {
        feeds = List.copyOf(feeds);
        warnings = List.copyOf(warnings);
    }

    /**
     * Parses an index.
     *
     * @param name          the index's name or URL, for messages
     * @param content       the YAML bytes
     * @param githubRawBase base for {@code type: github} entries, ending with '/' (normally {@link #GITHUB_RAW_BASE})
     * @throws SpyglassException (input error) when the content is not an index
     */
    public static FeedIndex parse(String name, byte[] content, String githubRawBase) {
        JsonNode root = IndicatorFileLoader.parse(IndicatorFileLoader.yaml(), name, content);
        if (root == null || !root.path("indicators").isArray()) {
            throw SpyglassException.input("The feed index " + name
                    + " is not an indicators.yaml file: it has no 'indicators' list.");
        }
        List<Feed> feeds = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        int position = 0;
        for (JsonNode entry : root.path("indicators")) {
            position++;
            String feedName = entry.path("name").asText("").strip();
            String label = feedName.isEmpty() ? "entry #" + position : "feed '" + feedName + "'";
            URI url = url(entry, githubRawBase);
            if (feedName.isEmpty() || url == null) {
                warnings.add(new Warning(FileCollector.WARNING_MODULE, name,
                        label + " has no name or no usable download location; skipped"));
                continue;
            }
            feeds.add(new Feed(feedName, url, texts(entry.path("sources")), texts(entry.path("references"))));
        }
        return new FeedIndex(feeds, warnings);
    }

    private static URI url(JsonNode entry, String githubRawBase) {
        String type = entry.path("type").asText("");
        String text;
        if (type.equals("github")) {
            JsonNode github = entry.path("github");
            String owner = github.path("owner").asText("");
            String repo = github.path("repo").asText("");
            String branch = github.path("branch").asText("main");
            String path = github.path("path").asText("");
            if (owner.isEmpty() || repo.isEmpty() || path.isEmpty() || branch.isEmpty()) {
                return null;
            }
            text = githubRawBase + owner + "/" + repo + "/" + branch + "/" + path;
        } else if (type.equals("other")) {
            text = entry.path("download_url").asText("");
        } else {
            return null;
        }
        try {
            URI uri = URI.create(text);
            String scheme = uri.getScheme();
            return "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme) ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (JsonNode value : node) {
            if (value.isValueNode()) {
                out.add(value.asText());
            }
        }
        return out;
    }
}
