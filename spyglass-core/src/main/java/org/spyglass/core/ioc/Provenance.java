package org.spyglass.core.ioc;

import java.util.Objects;

/**
 * Where an indicator comes from.
 *
 * @param feed        the feed's name (e.g. "AmnestyTech investigations"), never null
 * @param file        the file it was read from (file name or path as given), never null
 * @param malware     the malware, campaign or app name the indicator belongs to; null when the file names none
 * @param indicatorId the STIX id of the indicator object; null for non-STIX formats
 * @param malwareId   the STIX id of the malware or report object; null when none
 * @param category    the kind of threat when the feed says so: {@code "stalkerware"} or {@code "watchware"} for the
 *                    ECHAP app lists (watchware is monitoring that does not hide, so callers may lower the level);
 *                    null when the feed does not say
 */
public record Provenance(String feed, String file, String malware, String indicatorId, String malwareId,
                         String category) {
    public Provenance {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(file, "file");
    }

    /** A provenance without a category. */
    public Provenance(String feed, String file, String malware, String indicatorId, String malwareId) {
        this(feed, file, malware, indicatorId, malwareId, null);
    }
}
