package org.spyglass.ios.crashreporter;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One com.apple.CrashReporter.plist.
 *
 * @param path         the absolute device path
 * @param shouldSubmit {@code ShouldSubmit}: whether crash reports are sent to Apple; null when the key is missing
 * @param entries      every top-level key as plain values (data written as base64)
 * @param created      the file's creation time from the backup's Manifest.db, UTC; null when unknown
 * @param modified     the file's modification time from the backup's Manifest.db, UTC; null when unknown
 */
public record CrashReporterSettings(String path, Boolean shouldSubmit, Map<String, Object> entries, Instant created,
                                    Instant modified) {
    public CrashReporterSettings {
        Objects.requireNonNull(path, "path");
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** When the file was written: its creation time, else its modification time; null when neither is known. */
    public Instant written() {
        return created != null ? created : modified;
    }
}
