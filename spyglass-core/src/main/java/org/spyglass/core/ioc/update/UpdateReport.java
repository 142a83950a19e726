package org.spyglass.core.ioc.update;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.spyglass.core.module.Warning;

/**
 * The outcome of {@code iocs update}.
 *
 * @param finished when it finished (UTC)
 * @param folder   the data folder the feeds are in
 * @param updated  the feeds now in place, freshly downloaded
 * @param warnings the feeds that could not be updated (their previous copy, if any, was kept)
 */
public record UpdateReport(Instant finished, Path folder, List<UpdatedFeed> updated, List<Warning> warnings) {
    /**
     * One feed that was downloaded and put in place.
     *
     * @param feed    the feed's name in the index
     * @param url     where it came from
     * @param file    where it is now
     * @param sha256  hex SHA-256 of its bytes
     * @param count   the number of indicators it holds
     */
    public record UpdatedFeed(String feed, URI url, Path file, String sha256, int count) {
        public UpdatedFeed {
            Objects.requireNonNull(feed, "feed");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    public UpdateReport {
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(folder, "folder");
        updated = List.copyOf(updated);
        warnings = List.copyOf(warnings);
    }
}
