package org.spyglass.core.ioc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One indicator file that was loaded, for {@code iocs list}, {@code info.json} and the summary.
 *
 * @param feed         the feed it belongs to
 * @param path         the file (for bundled feeds, the resource name under {@code bundled:})
 * @param sha256       hex SHA-256 of the file's bytes
 * @param malware      malware or campaign names the file names
 * @param countsByType indicators read from this file, by type (before merging across files)
 * @param newest       the newest {@code created}/{@code modified} date in the file, or null when it has none
 */
public record FeedFile(String feed, String path, String sha256, List<String> malware,
                       Map<IndicatorType, Integer> countsByType, Instant newest) {
    public FeedFile {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        malware = List.copyOf(malware);
        countsByType = Map.copyOf(countsByType);
    }

    public int total() {
        return countsByType.values().stream().mapToInt(Integer::intValue).sum();
    }
}
