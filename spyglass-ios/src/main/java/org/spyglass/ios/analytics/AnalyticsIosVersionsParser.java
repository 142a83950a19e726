package org.spyglass.ios.analytics;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.ios.backupinfo.IosRelease;
import org.spyglass.ios.backupinfo.IosReleases;

/**
 * Keeps, for each {@code build} value found at the top level of the analytics events' property lists, the earliest
 * event time, and emits one record per build in time order once every database is read. Events without a time or
 * without a textual {@code build} are passed over.
 */
final class AnalyticsIosVersionsParser implements Parser<AnalyticsIosVersion> {

    @Override
    public void parse(ParseContext<AnalyticsIosVersion> context) throws IOException {
        Map<String, AnalyticsIosVersion> earliest = new HashMap<>();
        AnalyticsEvents.read(context, event -> {
            if (event.time() != null && event.data().get("build") instanceof String build && !build.isBlank()) {
                String trimmed = build.strip();
                AnalyticsIosVersion seen = earliest.get(trimmed);
                if (seen == null || event.time().isBefore(seen.isodate())) {
                    earliest.put(trimmed, new AnalyticsIosVersion(trimmed, version(trimmed), event.time(),
                            event.file().devicePath()));
                }
            }
        });
        earliest.values().stream().sorted(Comparator.comparing(AnalyticsIosVersion::isodate)
                .thenComparing(AnalyticsIosVersion::build)).forEach(context::emit);
    }

    /** The version of a build in the release table, or null when the table does not know it. */
    static String version(String build) {
        return IosReleases.known().all().stream().filter(release -> Objects.equals(release.build(), build))
                .map(IosRelease::version).map(Object::toString).findFirst().orElse(null);
    }
}
