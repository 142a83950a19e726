package org.spyglass.core.module;

import java.time.Instant;
import java.util.Objects;

/**
 * One URL found in a message, for {@code urls.json}.
 *
 * @param url       as found
 * @param timestamp when the carrying message was sent or received, or null
 * @param source    the module name ({@code sms}, {@code whatsapp})
 */
public record UrlRecord(String url, Instant timestamp, String source) {
    public UrlRecord {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(source, "source");
    }
}
