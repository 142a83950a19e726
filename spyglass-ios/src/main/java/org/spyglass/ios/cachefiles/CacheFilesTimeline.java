package org.spyglass.ios.cachefiles;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** {@code cache_response} at each cached response's time (MVT's event and wording). */
final class CacheFilesTimeline implements TimelineMapper<CacheResponse> {

    @Override
    public void map(CacheResponse response, Consumer<TimelineEvent> out) {
        if (response.isodate() != null && response.url() != null) {
            out.accept(new TimelineEvent(response.isodate(), CacheFilesModule.NAME, "cache_response",
                    response.cacheFile() + " recorded visit to URL " + response.url()));
        }
    }
}
